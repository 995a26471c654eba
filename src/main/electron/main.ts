import { app, dialog, session } from 'electron';
import path from 'node:path';
import { createServices } from '../core/create-services';
import { parseLaunchOptions } from '../launch/cli-options';
import { EventBus } from '../rpc/event-bus';
import { permissionDecision } from '../security/permissions';
import { registerAppSchemePrivileges, serveRenderer } from './app-protocol';
import { createElectronHost } from './dialogs';
import { forwardEvents, registerIpcHandlers } from './ipc-adapter';
import { installApplicationMenu } from './menu';
import { createMainWindow } from './window';

/** The thin Electron shell: everything it starts is the same core the server mode runs. */
export function runDesktopApp(): void {
  registerAppSchemePrivileges();
  app.enableSandbox();

  app.whenReady().then(async () => {
    const options = parseLaunchOptions(process.argv.slice(1));
    const dataDir = options.dataDir ? path.resolve(options.dataDir) : app.getPath('userData');
    const resourcesDir = app.isPackaged ? path.join(process.resourcesPath, 'resources') : path.join(app.getAppPath(), 'resources');
    const devServerUrl = !app.isPackaged ? process.env.ELECTRON_RENDERER_URL : undefined;
    const bus = new EventBus();
    const services = createServices({
      dataDir,
      resourcesDir,
      appVersion: app.getVersion(),
      host: createElectronHost(dataDir),
      bus,
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

    const startup = await services.openAtStartup(options.file);
    if (startup.error) dialog.showErrorBox('Sourcebook could not open the investigation', startup.error);

    const window = createMainWindow({ preloadPath: path.join(__dirname, '../preload/index.js'), devServerUrl });
    forwardEvents(bus, window.webContents);

    app.on('window-all-closed', () => app.quit());
    app.on('will-quit', () => services.close());
  });
}
