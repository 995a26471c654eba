// Finds a Chromium-family browser to drive (tests, benchmarks) or to open the app in.
// Order: CHROMIUM_PATH, Debian's /usr/bin/chromium, other common installs, Playwright's own.
import { existsSync } from 'node:fs';

const candidates: Partial<Record<NodeJS.Platform, string[]>> = {
  linux: ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable', '/usr/bin/microsoft-edge', '/snap/bin/chromium'],
  darwin: [
    '/Applications/Chromium.app/Contents/MacOS/Chromium',
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge',
  ],
  win32: [
    `${process.env.PROGRAMFILES}\\Google\\Chrome\\Application\\chrome.exe`,
    `${process.env['PROGRAMFILES(X86)']}\\Microsoft\\Edge\\Application\\msedge.exe`,
    `${process.env.LOCALAPPDATA}\\Chromium\\Application\\chrome.exe`,
  ],
};

export function findChromium(): string | null {
  if (process.env.CHROMIUM_PATH) {
    return existsSync(process.env.CHROMIUM_PATH) ? process.env.CHROMIUM_PATH : null;
  }
  for (const path of candidates[process.platform] ?? []) {
    if (path && existsSync(path)) return path;
  }
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { chromium } = require('@playwright/test') as typeof import('@playwright/test');
    const path = chromium.executablePath();
    if (path && existsSync(path)) return path;
  } catch {
    // Playwright's own browser is optional.
  }
  return null;
}

export const CHROMIUM_HELP =
  'No Chromium found. On Debian or Ubuntu: `sudo apt-get install chromium`; elsewhere install Chrome/Chromium ' +
  'and set CHROMIUM_PATH to its executable, or run `npx playwright install chromium`.';

/** Flags that keep a headless Chromium from calling home on a closed network (ARCHITECTURE.md). */
export const QUIET_CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
