// Entry of the desktop app (Electron's main process). Server mode starts from ./serve.ts.
import { runDesktopApp } from './electron/main';

runDesktopApp();
