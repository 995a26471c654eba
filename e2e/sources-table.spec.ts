import Database from 'better-sqlite3';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from './support/fixtures';
import type { AppPage } from './support/app-page';

/** Imports plain-text files through the file chooser, as a reporter would. */
async function importTexts(app: AppPage, page: Page, dir: string, texts: Record<string, string>): Promise<void> {
  const files = Object.entries(texts).map(([name, text]) => {
    const file = path.join(dir, name);
    writeFileSync(file, text);
    return file;
  });
  await app.navItem('Sources').click();
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import files…' }).click();
  await (await chooser).setFiles(files);
  if (files.length > 1) {
    const dialog = app.dialog('Import finished');
    await expect(dialog.getByRole('status')).toHaveText(`${files.length} imported`);
    await dialog.getByRole('button', { name: 'Done' }).click();
  }
}

const column = (page: Page, index: number) =>
  page.getByRole('table', { name: 'Sources' }).locator(`tbody tr td:nth-child(${index})`);

test('the sources table sorts by any column and filters as you type', async ({ app, page, dataDir }) => {
  await importTexts(app, page, dataDir, {
    'memo.txt': 'Memo\n\nShort.',
    'letter.txt': 'Letter from José Müller\n\nA longer letter with many more words than the memo has.',
    'notes.txt': 'Notes\n\nMiddle length notes here.',
  });
  const titles = column(page, 1).locator('a');
  await page.getByRole('button', { name: 'Title' }).click();
  await expect(titles).toHaveText(['Letter from José Müller', 'Memo', 'Notes']);
  await page.getByRole('button', { name: 'Title' }).click();
  await expect(titles).toHaveText(['Notes', 'Memo', 'Letter from José Müller']);
  await expect(page.getByRole('columnheader', { name: 'Title' })).toHaveAttribute('aria-sort', 'descending');
  await page.getByRole('button', { name: 'Words' }).click();
  await expect(titles).toHaveText(['Letter from José Müller', 'Notes', 'Memo']);

  await page.getByPlaceholder('Filter by title, outlet, author or file').fill('jose muller');
  await expect(titles).toHaveText(['Letter from José Müller']);
  await page.getByPlaceholder('Filter by title, outlet, author or file').fill('nothing like this');
  await expect(page.getByText('No source matches “nothing like this”.')).toBeVisible();
});

test('a source’s details are edited in the inspector and kept in the file', async ({ app, page, server, dataDir }) => {
  await importTexts(app, page, dataDir, { 'okafor-letter.txt': 'Letter to employees\n\nDear colleagues.' });
  await page.getByRole('button', { name: 'Edit details' }).click();
  const inspector = page.getByRole('complementary', { name: 'Inspector' });
  const title = inspector.getByLabel('Title');
  await expect(title).toBeFocused();
  await title.fill('Okafor’s letter to employees');
  await page.keyboard.press('Tab');
  await expect(inspector.getByText('Saved')).toBeVisible();
  await expect(page.getByRole('article').getByRole('heading', { level: 1 })).toHaveText('Okafor’s letter to employees');

  await inspector.getByLabel('Outlet').fill('Halden Systems intranet');
  await inspector.getByLabel('Authors').fill('Dana Okafor; Communications team');
  await inspector.getByLabel('Published').fill('2020-09');
  await expect(inspector.getByText(/September 2020 \(to the month\)/)).toBeVisible();
  await inspector.getByLabel('Web address').fill('javascript:alert(1)');
  await inspector.getByLabel('Web address').press('Enter');
  await expect(inspector.getByText('A web address starts with http:// or https://')).toBeVisible();
  await inspector.getByLabel('Web address').fill('https://intranet.example.com/letter');
  await inspector.getByLabel('Web address').press('Tab');
  await expect(inspector.getByLabel('Web address')).not.toHaveAttribute('aria-invalid', 'true');

  // A reload reads everything back from the file.
  await page.reload();
  await expect(page.getByRole('complementary', { name: 'Inspector' }).getByLabel('Outlet')).toHaveValue('Halden Systems intranet');
  await server.stop();
  const db = new Database(path.join(dataDir, 'My investigation.sourcebook'), { readonly: true });
  const row = db.prepare('SELECT title, outlet, authors, published_date, url FROM source').get();
  const audit = db.prepare("SELECT count(*) AS n FROM audit_log WHERE entity_type = 'source' AND action = 'update'").get() as { n: number };
  db.close();
  expect(row).toEqual({
    title: 'Okafor’s letter to employees',
    outlet: 'Halden Systems intranet',
    authors: '["Dana Okafor","Communications team"]',
    published_date: '2020-09',
    url: 'https://intranet.example.com/letter',
  });
  expect(audit.n).toBe(5);
});

test('deleting a source asks first, says what goes with it, and removes it', async ({ app, page, dataDir }) => {
  await importTexts(app, page, dataDir, { 'memo.txt': 'Memo\n\nShort.', 'notes.txt': 'Notes\n\nMore.' });
  const row = page.getByRole('row').filter({ hasText: 'Memo' });
  await row.getByRole('link', { name: 'Memo' }).focus();
  await page.keyboard.press('Delete');
  const dialog = app.dialog('Delete this source?');
  await expect(dialog).toContainText('“Memo” and its original file will be removed from this investigation. It has no annotations.');
  await dialog.getByRole('button', { name: 'Keep it' }).click();
  await expect(row).toBeVisible();

  await row.hover();
  await row.getByRole('button', { name: 'Delete “Memo”' }).click();
  await app.dialog('Delete this source?').getByRole('button', { name: 'Delete source' }).click();
  await expect(app.toast('Deleted “Memo”')).toBeVisible();
  await expect(page.getByRole('table', { name: 'Sources' }).locator('tbody tr')).toHaveCount(1);
});
