/**
 * The hidden window the desktop app prints PDFs in (the fact-check memo). It shows only HTML
 * that Sourcebook wrote, but that HTML holds words from imported documents, so the window is
 * locked down further than the main one: no script at all, no preload, no Node, sandboxed,
 * offscreen, and in a session of its own (in memory, not shared with the app's) whose every
 * request but the page itself is refused. Typed locally: this folder loads in plain Node.
 */
export interface PrintWindowOptions {
  show: false;
  width: number;
  height: number;
  webPreferences: {
    javascript: false;
    sandbox: true;
    contextIsolation: true;
    nodeIntegration: false;
    nodeIntegrationInWorker: false;
    nodeIntegrationInSubFrames: false;
    webSecurity: true;
    allowRunningInsecureContent: false;
    webviewTag: false;
    spellcheck: false;
    offscreen: true;
    images: false;
    /** A name without "persist:": an in-memory session, gone with the window. */
    partition: string;
  };
}

export const PRINT_PARTITION = 'sourcebook-print';

export function printWindowOptions(): PrintWindowOptions {
  return {
    show: false,
    width: 794,
    height: 1123,
    webPreferences: {
      javascript: false,
      sandbox: true,
      contextIsolation: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: false,
      offscreen: true,
      images: false,
      partition: PRINT_PARTITION,
    },
  };
}

/** The only request the print window may make: the data: URL of the page it prints. */
export function isPrintRequestAllowed(url: string, pageUrl: string): boolean {
  return url === pageUrl && url.startsWith('data:text/html');
}
