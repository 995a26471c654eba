import { BrowserWindow, nativeTheme, shell } from 'electron';
import { APP_ENTRY_URL } from '../security/app-protocol';
import { parseExternalUrl, shouldAllowNavigation, windowOpenDecision } from '../security/navigation';
import { mainWindowOptions } from '../security/window-options';

export function createMainWindow(options: { preloadPath: string; devServerUrl?: string }): BrowserWindow {
  const window = new BrowserWindow({
    ...mainWindowOptions({ preloadPath: options.preloadPath, title: 'Sourcebook' }),
    backgroundColor: nativeTheme.shouldUseDarkColors ? '#1b1c1f' : '#f7f6f3',
  });
  const contents = window.webContents;

  // The window shows our app and nothing else: no navigation away, no new windows, no
  // <webview>. Links meant for the outside world go to the system browser after parsing.
  contents.on('will-navigate', (event, url) => {
    if (shouldAllowNavigation(url, { devServerUrl: options.devServerUrl })) return;
    event.preventDefault();
    // A plain link to the web (a source's URL, say) belongs in the system browser.
    const external = parseExternalUrl(url);
    if (external) void shell.openExternal(external.toString());
  });
  contents.on('will-redirect', (event, url) => {
    if (!shouldAllowNavigation(url, { devServerUrl: options.devServerUrl })) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(({ url }) => {
    const decision = windowOpenDecision(url);
    if (decision.openExternally) void shell.openExternal(decision.openExternally.toString());
    return decision.response;
  });

  window.once('ready-to-show', () => window.show());
  void window.loadURL(options.devServerUrl ?? APP_ENTRY_URL);
  return window;
}
