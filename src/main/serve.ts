// Entry of server mode (`npm run serve`, the end-to-end tests, and `npm start` without an
// Electron binary): the same services as the desktop app, over loopback HTTP.
import path from 'node:path';
import { version } from '../../package.json';
import { serverHost } from './core/app/host';
import { createServices } from './core/create-services';
import { LaunchOptionError, parseLaunchOptions } from './launch/cli-options';
import { defaultDataDir } from './launch/data-dir';
import { EventBus } from './rpc/event-bus';
import { startHttpServer } from './server';

/** How long stopping waits for the investigation to close before exiting anyway. */
const CLOSE_TIMEOUT_MS = 5000;

async function main(): Promise<void> {
  const options = parseLaunchOptions(process.argv.slice(2));
  const dataDir = options.dataDir ? path.resolve(options.dataDir) : defaultDataDir();
  const bus = new EventBus();
  const services = createServices({
    dataDir,
    resourcesDir: path.join(__dirname, '..', '..', 'resources'),
    appVersion: version,
    host: serverHost,
    bus,
    // Built next to this file from src/main/core/sources/import/worker/import-worker.ts.
    importWorker: { script: path.join(__dirname, 'import-worker.js') },
    analysisWorker: { script: path.join(__dirname, 'analysis-worker.js') },
  });

  const startup = await services.openAtStartup(options.file ? path.resolve(options.file) : undefined);
  // The page still opens and shows the reason, with the ways to go on (new, open, sample).
  if (startup.error) console.error(`Could not open the investigation: ${startup.error}`);

  const server = await startHttpServer({
    handlers: services.handlers,
    bus,
    rendererDir: path.join(__dirname, '..', 'renderer'),
    port: options.port,
  });
  console.log(`Sourcebook is running at ${server.url}`);
  console.log(`Data folder: ${dataDir}`);
  console.log('Press Ctrl+C to stop.');

  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    let code = 0;
    try {
      await server.close();
      // Waits for work in progress (an upgrade's backup, a copy), but not forever.
      if (!(await services.closeWithin(CLOSE_TIMEOUT_MS))) {
        console.error(`Closing the investigation took longer than ${CLOSE_TIMEOUT_MS / 1000} s; stopping anyway.`);
        code = 1;
      }
    } catch (error) {
      console.error('Closing the investigation failed:', error);
      code = 1;
    }
    process.exit(code);
  };
  // Ctrl+C, a service manager stopping it, the terminal or console window closing (SIGHUP,
  // also on Windows), and Ctrl+Break on Windows (SIGBREAK): each closes the file properly.
  const signals: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];
  if (process.platform === 'win32') signals.push('SIGBREAK');
  for (const signal of signals) process.on(signal, () => void stop());
}

main().catch((error: unknown) => {
  if (error instanceof LaunchOptionError) {
    console.error(error.message);
    process.exit(2);
  }
  console.error('Sourcebook could not start:', error);
  process.exit(1);
});
