import { Menu, app, type MenuItemConstructorOptions } from 'electron';
import type { AppCommand } from '../../shared/contract';
import type { EventBus } from '../rpc/event-bus';

/**
 * The native menu sends commands to the window, which runs them exactly as its palette and
 * shortcuts do; accelerators here match the ones the window shows (UI.md).
 */
export function installApplicationMenu(bus: EventBus): void {
  const send = (command: AppCommand) => () => bus.emit({ type: 'app.command', command });
  const isMac = process.platform === 'darwin';
  const go = (label: string, digit: number, command: AppCommand): MenuItemConstructorOptions => ({
    label,
    accelerator: `CmdOrCtrl+${digit}`,
    click: send(command),
  });
  const template: MenuItemConstructorOptions[] = [
    ...(isMac ? [{ role: 'appMenu' as const }] : []),
    {
      label: '&File',
      submenu: [
        { label: 'New Investigation…', accelerator: 'CmdOrCtrl+Alt+N', click: send('investigation.new') },
        { label: 'Open Investigation…', accelerator: 'CmdOrCtrl+O', click: send('investigation.open') },
        { label: 'Open the Sample Investigation', click: send('investigation.openSample') },
        { type: 'separator' },
        { label: 'Save a Copy…', accelerator: 'CmdOrCtrl+Shift+S', click: send('investigation.saveCopy') },
        { type: 'separator' },
        { label: 'Import Sources…', accelerator: 'CmdOrCtrl+Shift+O', click: send('sources.import') },
        { label: 'Export Annotations (W3C)…', click: send('annotations.export') },
        { label: 'Import Annotations (W3C)…', click: send('annotations.import') },
        { label: 'Export Claims and Verdicts…', click: send('factCheck.export') },
        { label: 'Rename Investigation', accelerator: 'F2', click: send('investigation.rename') },
        { type: 'separator' },
        isMac ? { role: 'close' } : { role: 'quit' },
      ],
    },
    {
      // Undo and redo go to the window: in a field they undo typing, elsewhere tagging.
      label: '&Edit',
      submenu: [
        { label: 'Undo', accelerator: 'CmdOrCtrl+Z', click: send('edit.undo') },
        { label: 'Redo', accelerator: 'CmdOrCtrl+Shift+Z', click: send('edit.redo') },
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'selectAll' },
        { type: 'separator' },
        // The window runs these only where they apply (this source: with a source open).
        { label: 'Analyze This Source', click: send('analysis.runSource') },
        { label: 'Analyze All Sources', click: send('analysis.runAll') },
      ],
    },
    {
      label: '&View',
      submenu: [
        go('Sources', 1, 'view.sources'),
        go('Notes', 2, 'view.notes'),
        go('Entities', 3, 'view.entities'),
        go('Timeline', 4, 'view.timeline'),
        go('Compare', 5, 'view.compare'),
        go('Fact-check', 6, 'view.factcheck'),
        go('Search', 7, 'view.search'),
        { type: 'separator' },
        { label: 'Find in This Source…', accelerator: 'CmdOrCtrl+F', click: send('reader.find') },
        { label: 'Show or Hide the Inspector', accelerator: 'CmdOrCtrl+Alt+I', click: send('inspector.toggle') },
        { label: 'Command Palette…', accelerator: 'CmdOrCtrl+K', click: send('palette.open') },
        { type: 'separator' },
        { role: 'resetZoom' },
        { role: 'zoomIn' },
        { role: 'zoomOut' },
        { role: 'togglefullscreen' },
        ...(app.isPackaged ? [] : [{ role: 'toggleDevTools' as const }]),
      ],
    },
    {
      role: 'help',
      submenu: [{ label: 'Keyboard Shortcuts', accelerator: 'Shift+/', click: send('shortcuts.show') }],
    },
  ];
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
}
