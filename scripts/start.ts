// `npm start`: the desktop app when Electron's binary is installed; otherwise the same app in
// server mode, opened in a Chromium app window when one is available.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { pathToFileURL } from 'node:url';
import { createInterface } from 'node:readline';
import { join } from 'node:path';
import { findElectronBinary } from './electron-binary';
import { findChromium, QUIET_CHROMIUM_ARGS } from './find-chromium';

const root = join(__dirname, '..');
const passThrough = process.argv.slice(2);
const electron = findElectronBinary();

if (electron) {
  const child = spawn(electron, [root, ...passThrough], { stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
} else {
  console.log('Electron is not installed here (`npx install-electron` fetches it); starting Sourcebook in server mode.');
  startServerMode();
}

function startServerMode() {
  const server = spawn(process.execPath, [join(root, 'out/main/serve.js'), ...passThrough], {
    stdio: ['inherit', 'pipe', 'inherit'],
  });
  let opened = false;
  createInterface({ input: server.stdout! }).on('line', (line) => {
    console.log(line);
    const match = /^Sourcebook is running at (\S+)/.exec(line);
    if (match && !opened) {
      opened = true;
      openAppWindow(match[1]!);
    }
  });
  const stop = () => server.kill('SIGTERM');
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  server.on('exit', (code) => process.exit(code ?? 0));
}

function openAppWindow(url: string) {
  const hasDisplay = process.platform !== 'linux' || Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
  const browser = findChromium();
  if (!browser || !hasDisplay) {
    console.log('Open the address above in a Chromium-family browser.');
    return;
  }
  const profile = join(process.env.SOURCEBOOK_DATA_DIR ?? join(root, 'node_modules', '.cache'), 'sourcebook-browser-profile');
  const args = [`--app=${launcherFor(url)}`, `--user-data-dir=${profile}`, ...QUIET_CHROMIUM_ARGS.filter((flag) => flag !== '--no-sandbox' || process.getuid?.() === 0)];
  const child = spawn(browser, args, { stdio: 'ignore', detached: true });
  child.on('error', () => console.log('Could not open a browser window; open the address above yourself.'));
  child.unref();
}

/**
 * The address carries the server's key. A browser's command line can be read by every user
 * of the machine (`ps`), so the browser is given a private file that forwards to the address
 * instead: its folder is readable by this user only, and it is removed when the server stops.
 */
function launcherFor(url: string): string {
  const folder = mkdtempSync(join(tmpdir(), 'sourcebook-launch-'));
  const file = join(folder, 'open-sourcebook.html');
  const escaped = url.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
  writeFileSync(
    file,
    `<!doctype html><meta charset="utf-8"><meta http-equiv="refresh" content="0;url=${escaped}">` +
      `<title>Opening Sourcebook…</title><a href="${escaped}">Open Sourcebook</a>`,
    { mode: 0o600 },
  );
  process.on('exit', () => rmSync(folder, { recursive: true, force: true }));
  return pathToFileURL(file).href;
}
