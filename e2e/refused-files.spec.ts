import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from './support/fixtures';
import { makeRefusedFiles } from './support/refused-files';
import { makeTempDir, startServer } from './support/server';

test.describe('files Sourcebook refuses', () => {
  const cases: { file: 'empty' | 'notSqlite' | 'foreign' | 'newer' | 'readOnly'; message: RegExp }[] = [
    { file: 'empty', message: /is empty \(0 bytes\)/ },
    { file: 'notSqlite', message: /is not a Sourcebook investigation/ },
    { file: 'foreign', message: /made by another application/ },
    { file: 'newer', message: /made by a newer version of Sourcebook \(schema 999/ },
    { file: 'readOnly', message: /is read-only/ },
  ];

  for (const { file, message } of cases) {
    test(`${file}: says why, leaves the file alone, keeps the open investigation`, async ({ app, dataDir }) => {
      // The open investigation is locked by its server; the refused files are made from another.
      const files = await makeRefusedFiles(dataDir, await makeValidInvestigation());
      const target = files[file];
      const before = { bytes: readFileSync(target), mtime: statSync(target).mtimeMs };

      const dialog = await app.openByPath(target);
      await expect(dialog.getByRole('alert')).toHaveText(message);
      await expect(dialog.getByRole('alert')).toContainText(/not changed|left as it is/);

      await app.page.keyboard.press('Escape');
      await expect(app.title).toHaveText('My investigation');
      expect(readFileSync(target).equals(before.bytes)).toBe(true);
      expect(statSync(target).mtimeMs).toBe(before.mtime);
    });
  }

  test('a file open in another running Sourcebook is refused until that one closes', async ({ app }) => {
    const other = makeTempDir('other-instance');
    const shared = path.join(other.dir, 'shared story.sourcebook');
    const otherServer = await startServer({ dataDir: other.dir, file: shared });
    try {
      const dialog = await app.openByPath(shared);
      await expect(dialog.getByRole('alert')).toHaveText(/already open in another Sourcebook window or process/);
      await app.page.keyboard.press('Escape');
      await expect(app.title).toHaveText('My investigation');

      await otherServer.stop();
      await app.openByPath(shared);
      await expect(app.title).toHaveText('shared story');
    } finally {
      await otherServer.stop();
      other.remove();
    }
  });

  test('a refused --file at start-up is explained, and the start screen offers a way on', async ({ page, dataDir }) => {
    const files = await makeRefusedFiles(dataDir, await makeValidInvestigation());
    const server = await startServer({ dataDir, file: files.foreign });
    try {
      await page.goto(server.url);
      await expect(page.getByRole('alert')).toContainText('made by another application');
      await expect(page.getByRole('heading', { name: 'Start an investigation' })).toBeVisible();
      await page.getByRole('button', { name: /Open the sample/ }).click();
      await expect(page.locator('.investigation-name h1')).toHaveText('Sample investigation');
    } finally {
      await server.stop();
    }
  });
});

/**
 * A valid investigation made by a short-lived server of its own (its own data folder, so the
 * server under test sees no trace of it), closed again before the test goes on.
 */
async function makeValidInvestigation(): Promise<string> {
  const temp = makeTempDir('valid');
  const file = path.join(temp.dir, 'valid.sourcebook');
  const server = await startServer({ dataDir: temp.dir, file });
  await server.stop();
  return file;
}
