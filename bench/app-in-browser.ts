import { chromium, type Page } from '@playwright/test';
import path from 'node:path';
import { makeTempDir, startServer, type RunningServer } from '../e2e/support/server';
import { CHROMIUM_HELP, QUIET_CHROMIUM_ARGS, findChromium } from '../scripts/find-chromium';

/**
 * Runs `work` against the app in Chromium on an investigation `write` prepares: a temporary
 * data folder, the server on that file, a 1280×800 page already holding the server's key (so
 * later loads of `server.origin` need none). Everything is closed and removed after, however
 * `work` ends.
 */
export async function withAppInBrowser<T>(
  name: string,
  write: (file: string) => Promise<void>,
  work: (page: Page, server: RunningServer) => Promise<T>,
): Promise<T> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error(CHROMIUM_HELP);
  const temp = makeTempDir(`bench-${name}`);
  const file = path.join(temp.dir, `${name}.sourcebook`);
  await write(file);
  const server = await startServer({ dataDir: temp.dir, file });
  const browser = await chromium.launch({ executablePath, args: QUIET_CHROMIUM_ARGS });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.goto(server.url);
    await page.locator('.investigation-name h1').waitFor();
    return await work(page, server);
  } finally {
    await browser.close();
    await server.stop();
    temp.remove();
  }
}
