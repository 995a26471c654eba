import path from 'node:path';

/**
 * The subset of Electron's BrowserWindowConstructorOptions that the main window sets, typed
 * locally because this folder must load in plain Node, where 'electron' cannot be imported.
 * The shell passes the object straight to `new BrowserWindow(...)` (adding backgroundColor,
 * which depends on the theme it knows and this module does not).
 */
export interface MainWindowOptions {
  title: string;
  width: number;
  height: number;
  minWidth: number;
  minHeight: number;
  /** Shown on 'ready-to-show', so the reporter never sees a blank white frame. */
  show: false;
  webPreferences: HardenedWebPreferences;
}

export interface HardenedWebPreferences {
  preload: string;
  /** The preload's world and the page's world share no objects; only contextBridge crosses. */
  contextIsolation: true;
  /** The renderer is an OS-sandboxed Chromium process; the preload gets only a small API. */
  sandbox: true;
  nodeIntegration: false;
  nodeIntegrationInWorker: false;
  nodeIntegrationInSubFrames: false;
  webSecurity: true;
  allowRunningInsecureContent: false;
  webviewTag: false;
  spellcheck: true;
  /** A file dropped on the window must reach the import drop zone, not replace the app. */
  navigateOnDragDrop: false;
  /** A page that loops on alert() can be stopped by the reporter. */
  safeDialogs: true;
}

export const MAIN_WINDOW_MIN_SIZE = { width: 900, height: 600 } as const;

export function mainWindowOptions(options: { preloadPath: string; title: string }): MainWindowOptions {
  // Electron requires an absolute preload path and fails late and quietly without one.
  if (!path.isAbsolute(options.preloadPath)) {
    throw new Error(`The preload path must be absolute, got ${JSON.stringify(options.preloadPath)}.`);
  }
  return {
    title: options.title,
    width: 1280,
    height: 800,
    minWidth: MAIN_WINDOW_MIN_SIZE.width,
    minHeight: MAIN_WINDOW_MIN_SIZE.height,
    show: false,
    webPreferences: {
      preload: options.preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: true,
      navigateOnDragDrop: false,
      safeDialogs: true,
    },
  };
}
