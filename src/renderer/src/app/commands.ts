import { useMemo } from 'react';
import type { AppCommand } from '../../../shared/contract';
import { requestCompareExport } from '../features/compare/export-file';
import { requestFactCheckExport } from '../features/fact-check/export-file';
import { navigate } from './route';
import { views } from './views';
import { useWorkspace } from './workspace';

/** Commands of the window alone (no native menu item sends them). */
type WindowCommand = 'analysis.runAll' | 'analysis.runSource' | 'factCheck.export' | 'compare.export';

export interface Command {
  id: AppCommand | WindowCommand;
  label: string;
  group: 'File' | 'Edit' | 'Go to' | 'Help';
  /** "Mod+K" style; shown in tooltips, menus, the palette and the shortcuts sheet. */
  shortcut?: string;
  /** Its key is left to a text field that has focus (undo there undoes typing, not tagging). */
  leaveToFields?: boolean;
  /** False when it needs an open investigation and none is open. */
  enabled: boolean;
  run(): void;
}

/** Every command of the app, in one place: the palette, shortcuts and menus all run these. */
/** Asks the open reader to show its find bar (the palette and the desktop menu send it). */
export const FIND_IN_SOURCE_EVENT = 'sourcebook:find-in-source';

export function useCommands(
  onRename: () => void,
  onToggleInspector: () => void,
  onImport: () => void,
  readerOpen: boolean,
  history: { undo(): Promise<void>; redo(): Promise<void> },
  interchange: { exportAll(): void; importFile(): void },
  analysis: { analyzeAll(): void; analyzeSource(): void },
): Command[] {
  const workspace = useWorkspace();
  const hasInvestigation = workspace.investigation !== null;
  return useMemo<Command[]>(
    () => [
      {
        id: 'investigation.new',
        label: 'New investigation…',
        group: 'File',
        shortcut: 'Mod+Alt+N',
        enabled: true,
        run: () => workspace.openDialog('new'),
      },
      {
        id: 'investigation.open',
        label: 'Open investigation…',
        group: 'File',
        shortcut: 'Mod+O',
        enabled: true,
        run: () => void workspace.chooseAndOpen(),
      },
      {
        id: 'investigation.openSample',
        label: 'Open the sample investigation',
        group: 'File',
        enabled: true,
        run: () => void workspace.openSample(),
      },
      {
        id: 'investigation.saveCopy',
        label: 'Save a copy…',
        group: 'File',
        shortcut: 'Mod+Shift+S',
        enabled: hasInvestigation,
        run: () => void workspace.chooseAndSaveCopy(),
      },
      {
        id: 'sources.import',
        label: 'Import sources…',
        group: 'File',
        shortcut: 'Mod+Shift+O',
        enabled: hasInvestigation,
        run: onImport,
      },
      {
        id: 'annotations.export',
        label: 'Export annotations (W3C Web Annotation)…',
        group: 'File',
        enabled: hasInvestigation,
        run: interchange.exportAll,
      },
      {
        id: 'annotations.import',
        label: 'Import annotations (W3C Web Annotation)…',
        group: 'File',
        enabled: hasInvestigation,
        run: interchange.importFile,
      },
      {
        id: 'compare.export',
        label: 'Export the comparison (HTML, PDF, DOCX, Markdown)…',
        group: 'File',
        enabled: hasInvestigation,
        run: () => {
          // The comparison on screen; from elsewhere the view opens, and the menu with it once its columns are chosen.
          if (!window.location.hash.startsWith('#/compare')) navigate({ view: 'compare', rest: [] });
          requestCompareExport();
        },
      },
      {
        id: 'factCheck.export',
        label: 'Export claims and verdicts (CSV, XLSX, DOCX, PDF, Markdown, ClaimReview)…',
        group: 'File',
        enabled: hasInvestigation,
        run: () => {
          navigate({ view: 'factcheck', rest: [] });
          requestFactCheckExport();
        },
      },
      {
        id: 'investigation.rename',
        label: 'Rename investigation',
        group: 'File',
        shortcut: 'F2',
        enabled: hasInvestigation,
        run: onRename,
      },
      ...views.map<Command>((view) => ({
        id: view.command,
        label: `Go to ${view.label}`,
        group: 'Go to',
        shortcut: `Mod+${view.digit}`,
        enabled: hasInvestigation,
        run: () => navigate({ view: view.id, rest: [] }),
      })),
      {
        id: 'edit.undo',
        label: 'Undo',
        group: 'Edit',
        shortcut: 'Mod+Z',
        leaveToFields: true,
        enabled: hasInvestigation,
        run: () => (inEditableField() ? void document.execCommand('undo') : void history.undo()),
      },
      {
        id: 'edit.redo',
        label: 'Redo',
        group: 'Edit',
        shortcut: 'Mod+Shift+Z',
        leaveToFields: true,
        enabled: hasInvestigation,
        run: () => (inEditableField() ? void document.execCommand('redo') : void history.redo()),
      },
      {
        id: 'analysis.runAll',
        label: 'Analyze all sources (find names, dates and quotes)',
        group: 'Edit',
        enabled: hasInvestigation,
        run: analysis.analyzeAll,
      },
      {
        id: 'analysis.runSource',
        label: 'Analyze this source (find names, dates and quotes)',
        group: 'Edit',
        enabled: readerOpen,
        run: analysis.analyzeSource,
      },
      {
        id: 'reader.find',
        label: 'Find in this source (F3 for the next match)',
        group: 'Go to',
        shortcut: 'Mod+F',
        enabled: readerOpen,
        run: () => window.dispatchEvent(new Event(FIND_IN_SOURCE_EVENT)),
      },
      {
        id: 'inspector.toggle',
        label: 'Show or hide the inspector',
        group: 'Go to',
        shortcut: 'Mod+Alt+I',
        enabled: hasInvestigation,
        run: onToggleInspector,
      },
      {
        id: 'palette.open',
        label: 'Command palette',
        group: 'Help',
        shortcut: 'Mod+K',
        enabled: true,
        run: () => workspace.openDialog('palette'),
      },
      {
        id: 'shortcuts.show',
        label: 'Keyboard shortcuts',
        group: 'Help',
        shortcut: '?',
        enabled: true,
        run: () => workspace.openDialog('shortcuts'),
      },
    ],
    [workspace, hasInvestigation, onRename, onToggleInspector, onImport, readerOpen, history, interchange, analysis],
  );
}

/** Whether the keyboard is in a field, where undo and redo belong to the text typed. */
function inEditableField(): boolean {
  const active = document.activeElement;
  return active instanceof HTMLElement && (active.isContentEditable || ['INPUT', 'TEXTAREA'].includes(active.tagName));
}
