import { app, dialog, session } from 'electron';
import path from 'node:path';
import { createServices, type Services } from '../core/create-services';
import { parseLaunchOptions } from '../launch/cli-options';
import { EventBus } from '../rpc/event-bus';
import { permissionDecision } from '../security/permissions';
import { registerAppSchemePrivileges, serveRenderer } from './app-protocol';
import { createElectronHost } from './dialogs';
import { forwardEvents, registerIpcHandlers } from './ipc-adapter';
import { installApplicationMenu } from './menu';
import { createMainWindow } from './window';

const CLOSE_TIMEOUT_MS = 5000;

/** The thin Electron shell: everything it starts is the same core the server mode runs. */
export function runDesktopApp(): void {
  // One app, one window: launching it again focuses that window (and opens a --file there)
  // instead of meeting its own lock on the investigation file.
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  registerAppSchemePrivileges();
  app.enableSandbox();
  app.whenReady().then(start).catch((error: unknown) => {
    console.error('Sourcebook could not start:', error);
    dialog.showErrorBox('Sourcebook could not start', error instanceof Error ? error.message : String(error));
    app.exit(1);
  });
}

async function start(): Promise<void> {
  const options = parseLaunchOptions(process.argv.slice(1));
  const dataDir = options.dataDir ? path.resolve(options.dataDir) : app.getPath('userData');
  const resourcesDir = app.isPackaged
    ? path.join(process.resourcesPath, 'resources')
    : path.join(app.getAppPath(), 'resources');
  const devServerUrl = !app.isPackaged ? process.env.ELECTRON_RENDERER_URL : undefined;
  const bus = new EventBus();
  const services = createServices({
    dataDir,
    resourcesDir,
    appVersion: app.getVersion(),
    host: createElectronHost(dataDir),
    bus,
    // Built next to this file from src/main/core/sources/import/worker/import-worker.ts.
    importWorker: { script: path.join(__dirname, 'import-worker.js') },
    analysisWorker: { script: path.join(__dirname, 'analysis-worker.js') },
  });

  session.defaultSession.setPermissionRequestHandler((_contents, permission, callback, details) =>
    callback(permissionDecision(permission, details.requestingUrl, { devServerUrl })),
  );
  session.defaultSession.setPermissionCheckHandler((_contents, permission, requestingOrigin) =>
    permissionDecision(permission, requestingOrigin, { devServerUrl }),
  );

  serveRenderer(path.join(__dirname, '../renderer'));
  registerIpcHandlers({ handlers: services.handlers, bus, devServerUrl });
  installApplicationMenu(bus);
  handleQuit(services);

  // The window first, so a slow open (an upgrade with its backup) is never a blank screen;
  // the page asks what is open and hears the `investigation.opened` event when it is.
  const window = createMainWindow({ preloadPath: path.join(__dirname, '../preload/index.js'), devServerUrl });
  forwardEvents(bus, window.webContents);
  app.on('second-instance', (_event, argv) => {
    if (window.isMinimized()) window.restore();
    window.focus();
    const file = parseLaunchOptions(argv.slice(1)).file;
    if (file) void services.handlers['investigation.open']({ path: path.resolve(file) }, { emit: (e) => bus.emit(e) });
  });
  // A refusal is shown by the page itself (app.info carries it), with the ways to go on.
  await services.openAtStartup(options.file);
}

/** Closing checkpoints the file into one piece; quitting waits for it (and for work queued). */
function handleQuit(services: Services): void {
  let closed = false;
  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', (event) => {
    if (closed) return;
    event.preventDefault();
    void services
      .closeWithin(CLOSE_TIMEOUT_MS)
      .then((whole) => {
        if (!whole) console.error(`Closing the investigation took longer than ${CLOSE_TIMEOUT_MS / 1000} s; quitting anyway.`);
      })
      .catch((error: unknown) => console.error('Closing the investigation failed:', error))
      .finally(() => {
        closed = true;
        app.quit();
      });
  });
}
