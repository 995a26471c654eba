import { _electron as electron, expect, test } from '@playwright/test';
import path from 'node:path';
import { findElectronBinary } from '../scripts/electron-binary';
import { makeTempDir } from './support/server';

const executablePath: string | null = findElectronBinary();

test.describe('the desktop app (Electron)', () => {
  test.skip(
    !executablePath,
    'Skipped: no Electron binary is installed here (Electron downloads it on first launch, and this machine has no internet). Run `npx install-electron` where it can.',
  );

  test('opens a hardened window on the app protocol and talks over IPC', async () => {
    const temp = makeTempDir('electron');
    const app = await electron.launch({
      executablePath: executablePath!,
      args: [path.join(__dirname, '..'), '--data-dir', temp.dir],
    });
    try {
      const page = await app.firstWindow();
      await expect(page.locator('.investigation-name h1')).toHaveText('My investigation');
      expect(page.url()).toMatch(/^app:\/\/sourcebook\//);

      // The page has the narrow bridge and no Node.
      const globals = await page.evaluate(() => ({
        bridge: typeof window.sourcebook?.methods['app.info'],
        require: typeof (window as unknown as { require?: unknown }).require,
        process: typeof (window as unknown as { process?: unknown }).process,
      }));
      expect(globals).toEqual({ bridge: 'function', require: 'undefined', process: 'undefined' });

      const info = await page.evaluate(() => window.sourcebook!.methods['app.info']({}));
      expect(info).toMatchObject({ ok: true, value: { nativeDialogs: true } });

      // Navigation away and new windows are refused.
      await page.evaluate(() => {
        window.location.href = 'https://example.com/';
      });
      await expect(page.locator('.investigation-name h1')).toBeVisible();
      expect(page.url()).toMatch(/^app:\/\/sourcebook\//);
      const opened = await page.evaluate(() => window.open('https://example.com/') === null);
      expect(opened).toBe(true);
    } finally {
      await app.close();
      temp.remove();
    }
  });
});
