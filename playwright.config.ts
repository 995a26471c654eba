import { defineConfig } from '@playwright/test';
import { findElectronBinary } from './scripts/electron-binary';
import { CHROMIUM_HELP, QUIET_CHROMIUM_ARGS, findChromium } from './scripts/find-chromium';

const executablePath: string | null = findChromium();
if (!executablePath) {
  console.error(CHROMIUM_HELP);
  process.exit(1);
}

// Said once, by the runner (workers load this file too), so nobody mistakes a skip for a pass.
if (process.env.TEST_WORKER_INDEX === undefined && !findElectronBinary()) {
  console.log(
    'Electron e2e (e2e/electron.spec.ts): SKIPPED here: no Electron binary is installed (it downloads on first launch; this machine has no internet). The same UI is tested in Chromium against the loopback server.',
  );
}

export default defineConfig({
  testDir: './e2e',
  fullyParallel: true,
  // Two cores here: two workers keep Chromium and the servers from starving each other.
  workers: process.env.CI ? 2 : undefined,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 7_000 },
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  use: {
    browserName: 'chromium',
    launchOptions: { executablePath, args: QUIET_CHROMIUM_ARGS },
    viewport: { width: 1280, height: 800 },
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
});
