import { BrowserWindow, dialog, shell } from 'electron';
import path from 'node:path';
import type { Host } from '../core/app/host';
import { IMPORTABLE_EXTENSIONS } from '../../shared/domain/import';
import { INVESTIGATION_EXTENSION } from '../../shared/domain/investigation';
import { printHtmlToPdf } from './print-to-pdf';

const filters = [{ name: 'Sourcebook investigation', extensions: [INVESTIGATION_EXTENSION.slice(1)] }];

/** The desktop host: system file dialogs and the system browser. */
export function createElectronHost(defaultFolder: string): Host {
  return {
    nativeDialogs: true,
    async choosePath(purpose, suggestedName) {
      const parent = BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0];
      if (purpose === 'open') {
        const options = { defaultPath: defaultFolder, filters, properties: ['openFile' as const] };
        const result = parent ? await dialog.showOpenDialog(parent, options) : await dialog.showOpenDialog(options);
        return result.canceled ? null : (result.filePaths[0] ?? null);
      }
      const fileName = `${suggestedName?.trim() || 'Untitled investigation'}${INVESTIGATION_EXTENSION}`;
      const options = {
        defaultPath: path.join(defaultFolder, fileName),
        filters,
        title: purpose === 'saveCopy' ? 'Save a copy of this investigation' : 'Create an investigation',
      };
      const result = parent ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options);
      return result.canceled || !result.filePath ? null : result.filePath;
    },
    async chooseSourceFiles() {
      const parent = BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0];
      const options = {
        title: 'Import sources',
        buttonLabel: 'Import',
        filters: [
          { name: 'Sources', extensions: IMPORTABLE_EXTENSIONS.map((extension) => extension.slice(1)) },
          { name: 'All files', extensions: ['*'] },
        ],
        properties: ['openFile' as const, 'multiSelections' as const],
      };
      const result = parent ? await dialog.showOpenDialog(parent, options) : await dialog.showOpenDialog(options);
      return result.canceled ? null : result.filePaths;
    },
    async openExternal(url) {
      await shell.openExternal(url.toString());
    },
    printToPdf: printHtmlToPdf,
  };
}
