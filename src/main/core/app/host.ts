import { printWithHeadlessChromium } from '../export/pdf/headless-chromium';

/**
 * What differs between the desktop app and server mode, as seen by the services. The
 * Electron shell implements it with native dialogs and the system browser; server mode has
 * neither, and the UI then asks for paths itself and opens links in the browser it runs in.
 */
export interface Host {
  readonly nativeDialogs: boolean;
  choosePath?(purpose: 'open' | 'create' | 'saveCopy', suggestedName?: string): Promise<string | null>;
  openExternal?(url: URL): Promise<void>;
  /** The system's multi-file dialog for sources to import; null when cancelled. */
  chooseSourceFiles?(): Promise<string[] | null>;
  /**
   * Prints a self-contained HTML page (no script, nothing remote) to PDF with the browser
   * engine at hand: Electron's own in the desktop app, the system's headless Chromium in
   * server mode. Absent, the PDF export says it cannot print. Aborting the signal stops the
   * printing (a memo of thousands of claims takes a while) and rejects with CANCELLED.
   */
  printToPdf?(html: string, options?: { signal?: AbortSignal }): Promise<Uint8Array>;
}

export const serverHost: Host = { nativeDialogs: false, printToPdf: (html, options) => printWithHeadlessChromium(html, options) };
