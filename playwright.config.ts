import { defineConfig } from '@playwright/test';
import { CHROMIUM_HELP, QUIET_CHROMIUM_ARGS, findChromium } from './scripts/find-chromium';

const executablePath: string | null = findChromium();
if (!executablePath) {
  console.error(CHROMIUM_HELP);
  process.exit(1);
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
