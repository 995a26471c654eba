// Finds a Chromium-family browser to drive (tests, benchmarks) or to open the app in.
// Order: CHROMIUM_PATH, Debian's /usr/bin/chromium, other common installs, Playwright's own.
import { existsSync } from 'node:fs';
import { findChromium as findInstalledChromium, QUIET_CHROMIUM_ARGS } from '../src/main/core/export/pdf/find-chromium';

export { QUIET_CHROMIUM_ARGS };

export function findChromium(): string | null {
  const installed = findInstalledChromium();
  if (installed || process.env.CHROMIUM_PATH) return installed;
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
