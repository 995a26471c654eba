import Database from 'better-sqlite3';
import path from 'node:path';
import { expect, test } from './support/fixtures';
import { XSS_FIXTURE_PARAGRAPHS } from '../src/main/core/sources/import/html/xss-payloads.fixture';
import { ARTICLE_HTML, writeLongReports, writeSourceFiles } from './support/source-files';

test.describe('importing sources', () => {
  test('files chosen in the file chooser are imported one by one, with a result for each', async ({ app, page, server, dataDir }) => {
    const files = await writeSourceFiles(dataDir);
    await app.navItem('Sources').click();
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Import files…' }).click();
    await (await chooser).setFiles([
      files.article, files.memo, files.memoCopy, files.report, files.letter,
      files.scanned, files.empty, files.junk, files.photo, files.huge, files.bomb,
    ]);

    const dialog = app.dialog('Import finished');
    await expect(dialog.getByRole('status')).toHaveText('4 imported · 1 already in the investigation · 6 failed', { timeout: 20_000 });
    const row = (name: string) => dialog.getByRole('listitem').filter({ hasText: name });
    await expect(row('halden-article.html')).toContainText('Open');
    await expect(row('board-memo (copy).txt')).toContainText('Already in this investigation as “Memo to staff”');
    await expect(row('scanned-fax.pdf')).toContainText('no text layer');
    await expect(row('scanned-fax.pdf')).toContainText('OCR');
    await expect(row('empty-notes.txt')).toContainText('is empty');
    await expect(row('data-dump.txt')).toContainText('binary');
    await expect(row('whiteboard.png')).toContainText('is a PNG image');
    await expect(row('full-archive.txt')).toContainText('Sourcebook imports files up to 50 MB');
    await expect(row('expenses.docx')).toContainText('zip bomb');

    await dialog.getByRole('button', { name: 'Done' }).click();
    const table = page.getByRole('table', { name: 'Sources' });
    await expect(table.getByRole('row')).toHaveCount(5);
    const articleRow = table.getByRole('row').filter({ hasText: 'Halden Systems ends border contract after staff revolt' });
    await expect(articleRow).toContainText('The Harbour Ledger');
    await expect(articleRow).toContainText(/Sep 16, 2020|16 Sept 2020/);
    await expect(articleRow).toContainText('Mireille Fontaine');
    await expect(articleRow).toContainText('Web page');
    await expect(table.getByRole('row').filter({ hasText: 'Letter to employees' })).toContainText('Word');
    await expect(table.getByRole('row').filter({ hasText: 'Border technology procurement review' })).toContainText('PDF');

    // What is in the file: the original bytes, their hash, and the article's text alone.
    await server.stop();
    const db = new Database(path.join(dataDir, 'My investigation.sourcebook'), { readonly: true });
    const stored = db.prepare("SELECT original, sha256, canonical_text, mime_type FROM source WHERE file_name = 'halden-article.html'").get() as {
      original: Buffer; sha256: string; canonical_text: string; mime_type: string;
    };
    db.close();
    expect(stored.original.toString('utf8')).toBe(ARTICLE_HTML);
    expect(stored.mime_type).toBe('text/html');
    expect(stored.canonical_text).toContain('“We have heard you, and we agree,” Ms. Okafor wrote.');
    expect(stored.canonical_text).not.toContain('Other story');
    expect(stored.canonical_text).not.toContain('© The Harbour Ledger');
  });

  test('files dropped on the window are imported, and a single one opens in the reader', async ({ app, page, dataDir }) => {
    const files = await writeSourceFiles(dataDir);
    await app.navItem('Sources').click();
    const { readFileSync } = await import('node:fs');
    const dataTransfer = await page.evaluateHandle(
      ({ name, content }) => {
        const transfer = new DataTransfer();
        transfer.items.add(new File([content], name, { type: 'text/plain' }));
        return transfer;
      },
      { name: 'board-memo.txt', content: readFileSync(files.memo, 'utf8') },
    );
    await page.dispatchEvent('body', 'dragenter', { dataTransfer });
    await expect(page.getByText('Drop to import into “My investigation”')).toBeVisible();
    await page.dispatchEvent('body', 'dragover', { dataTransfer });
    await page.dispatchEvent('body', 'drop', { dataTransfer });
    await expect(page.getByText('Drop to import into “My investigation”')).toBeHidden();

    await expect(app.toast('Imported “Memo to staff”')).toBeVisible();
    const reader = page.getByRole('article');
    await expect(reader.getByRole('heading', { level: 1 })).toHaveText('Memo to staff');
    await expect(reader).toContainText('It decided to end the agreement.');
  });

  test('rich text pasted on the Sources view becomes a source, sanitized', async ({ app, page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await app.navItem('Sources').click();
    await page.evaluate(async () => {
      const html = '<h2>Statement from the agency</h2><p>The agency <b>respects</b> the decision.<img src="https://tracker.invalid/p.gif" onerror="window.__xss=1"></p><script>window.__xss=2</script>';
      await navigator.clipboard.write([
        new ClipboardItem({
          'text/html': new Blob([html], { type: 'text/html' }),
          'text/plain': new Blob(['Statement from the agency\n\nThe agency respects the decision.'], { type: 'text/plain' }),
        }),
      ]);
    });
    await page.locator('body').click({ position: { x: 600, y: 500 } });
    await page.keyboard.press('ControlOrMeta+V');

    const reader = page.getByRole('article');
    await expect(reader.getByRole('heading', { level: 1 })).toHaveText('Statement from the agency');
    await expect(reader).toContainText('The agency respects the decision.');
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
  });

  test('a hostile page runs nothing and loads nothing, and no request leaves the loopback server', async ({ app, page, server, dataDir }) => {
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    const files = await writeSourceFiles(dataDir);
    await app.navItem('Sources').click();
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Import files…' }).click();
    await (await chooser).setFiles(files.xss);

    const reader = page.getByRole('article');
    await expect(reader).toBeVisible();
    await expect(reader.locator('[data-block-start]').first()).toBeVisible();
    // Every payload had its chance: now scroll the whole text into view.
    await reader.evaluate((element) => element.scrollIntoView({ block: 'end' }));
    await expect(reader).toContainText(XSS_FIXTURE_PARAGRAPHS[0]!);
    await expect(reader.locator('[data-block-start] :is(script, iframe, img, object, embed, form, svg, style, link, a)')).toHaveCount(0);
    expect(await page.evaluate(() => (window as unknown as { __xss?: unknown }).__xss)).toBeUndefined();
    expect(dialogs).toEqual([]);
    const outside = requests.filter((url) => !url.startsWith(server.origin) && !url.startsWith('data:') && !url.startsWith('blob:'));
    expect(outside).toEqual([]);
  });

  test('a long import shows its progress and can be cancelled, keeping what was already imported', async ({ app, page, dataDir }) => {
    test.setTimeout(90_000);
    // Long enough that the batch is still running when Cancel is pressed, however fast the machine.
    const reports = writeLongReports(dataDir, 5, 400);
    await app.navItem('Sources').click();
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Import files…' }).click();
    await (await chooser).setFiles(reports);

    const dialog = app.dialog('Importing 5 sources');
    await expect(dialog.getByRole('progressbar', { name: 'Import progress' })).toHaveAttribute('max', '5');
    // Progress arrives as each report is read (the first takes longest: the PDF reader loads).
    await expect(dialog.getByRole('status')).toHaveText(/^[1-4] of 5 done$/, { timeout: 60_000 });
    await dialog.getByRole('button', { name: 'Cancel import' }).click();

    const finished = app.dialog('Import finished');
    await expect(finished.getByRole('status')).toHaveText(/^\d imported · \d cancelled$/, { timeout: 20_000 });
    const summary = (await finished.getByRole('status').textContent())!;
    const imported = Number(/^(\d) imported/.exec(summary)![1]);
    expect(imported).toBeGreaterThanOrEqual(1);
    expect(imported).toBeLessThan(5);
    await expect(finished.getByRole('listitem').filter({ hasText: 'Not imported: the import was cancelled.' })).toHaveCount(5 - imported);
    await finished.getByRole('button', { name: 'Done' }).click();
    await expect(page.getByRole('table', { name: 'Sources' }).locator('tbody tr')).toHaveCount(imported);
  });
});
