import { BrowserWindow, session } from 'electron';
import { ServiceError } from '../core/service-error';
import { isPrintRequestAllowed, PRINT_PARTITION, printWindowOptions } from '../security/print-window-options';

/**
 * Prints Sourcebook's own HTML (the fact-check memo) to PDF with Electron's Chromium: loaded
 * from a data: URL into a hidden, script-less window whose session refuses every other request,
 * so nothing in the words of a source can make it fetch or run anything.
 */
export async function printHtmlToPdf(html: string, options: { signal?: AbortSignal } = {}): Promise<Uint8Array> {
  if (options.signal?.aborted) throw new ServiceError('CANCELLED', 'The PDF export was cancelled; no file was written.');
  const pageUrl = `data:text/html;charset=utf-8;base64,${Buffer.from(html, 'utf8').toString('base64')}`;
  const printSession = session.fromPartition(PRINT_PARTITION);
  printSession.webRequest.onBeforeRequest((details, callback) => callback({ cancel: !isPrintRequestAllowed(details.url, pageUrl) }));
  printSession.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  const window = new BrowserWindow(printWindowOptions());
  // Destroying the window ends the printing; the export then reports the cancellation.
  const onAbort = () => window.destroy();
  options.signal?.addEventListener('abort', onAbort, { once: true });
  try {
    window.webContents.on('will-navigate', (event) => event.preventDefault());
    window.webContents.setWindowOpenHandler(() => ({ action: 'deny' }));
    await window.loadURL(pageUrl);
    const pdf = await window.webContents.printToPDF({ printBackground: true, pageSize: 'A4', generateDocumentOutline: true });
    return new Uint8Array(pdf);
  } catch (error) {
    if (options.signal?.aborted) throw new ServiceError('CANCELLED', 'The PDF export was cancelled; no file was written.');
    throw error;
  } finally {
    options.signal?.removeEventListener('abort', onAbort);
    if (!window.isDestroyed()) window.destroy();
  }
}
