import fs from 'node:fs';
import { unzipSync, strFromU8 } from 'fflate';
import { expect, test } from './support/fixtures';
import { FactCheckPage } from './support/fact-check-page';

const AGREEMENT = 'the agreement, worth $1.5 million in its first year';
const LETTER = 'signed last week by 143 employees';
const REFUND = 'Halden returned the US$95,000 it had already been paid';

const mod = process.platform === 'darwin' ? 'Meta' : 'Control';

test('an empty sheet teaches how claims get there', async ({ app, page }) => {
  const fc = new FactCheckPage(page);
  await expect(app.title).toBeVisible();
  await fc.open();
  const empty = page.getByRole('region', { name: 'No claims to check yet' });
  await expect(empty).toContainText('select the claim’s words and press C');
  await empty.getByRole('button', { name: 'Go to Sources' }).click();
  await expect(page).toHaveURL(/#\/sources/);
});

test.describe('the fact-check sheet', () => {
  test.beforeEach(async ({ app, page }) => {
    const fc = new FactCheckPage(page);
    await app.runFileCommand('Open the sample investigation');
    await expect(app.title).toHaveText('Sample investigation');
    await page.getByRole('table', { name: 'Sources' }).getByRole('link').first().click();
    await expect(page.locator('article.reader[data-ready]')).toBeVisible();
    await fc.tagClaim(AGREEMENT, 'Adaeze Okafor');
    await fc.tagClaim(LETTER);
    await fc.tagClaim(REFUND);
    await fc.open();
    await expect(fc.rows).toHaveCount(3);
  });

  test('statuses, ratings and evidence by keyboard, bulk changes, undo, filters, and the span', async ({ page }) => {
    const fc = new FactCheckPage(page);
    // In the order the claims read in the source; who asserts each, and where.
    await expect(fc.rows.locator('.fc-claim-text')).toHaveText([AGREEMENT, LETTER, REFUND]);
    await expect(fc.row(AGREEMENT)).toContainText('Adaeze Okafor');
    await expect(fc.row(LETTER)).toContainText('The Northshore Ledger');
    await expect(fc.progress).toContainText('0 of 3 claims checked');

    // A digit sets the status of the row under the cursor; Ctrl/Cmd+Z takes it back.
    await fc.sheet.focus();
    await page.keyboard.press('Home');
    await page.keyboard.press('3');
    await expect(fc.row(AGREEMENT).getByLabel('Status')).toHaveValue('verified');
    await expect(fc.progress).toContainText('1 of 3 claims checked');
    await page.keyboard.press(`${mod}+z`);
    await expect(fc.row(AGREEMENT).getByLabel('Status')).toHaveValue('unchecked');
    await page.keyboard.press(`${mod}+Shift+z`);
    await expect(fc.row(AGREEMENT).getByLabel('Status')).toHaveValue('verified');

    // R puts the keyboard on the row's rating.
    await page.keyboard.press('r');
    await expect(fc.row(AGREEMENT).getByLabel('Rating')).toBeFocused();
    await fc.row(AGREEMENT).getByLabel('Rating').selectOption({ label: 'Mostly true' });
    await page.keyboard.press('Escape');
    await expect(fc.sheet).toBeFocused();

    // Enter opens the next claim's check in the inspector, keyboard in its status.
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect(fc.check).toContainText(LETTER);
    const status = fc.check.getByLabel('Status');
    await expect(status).toBeFocused();
    await status.selectOption('in-progress');
    await expect(fc.row(LETTER).getByLabel('Status')).toHaveValue('in-progress');
    await fc.check.getByLabel('Method').selectOption('primary');
    await fc.check.getByLabel('Checker').fill('Mireille Fontaine');
    await page.keyboard.press('Enter');
    await fc.check.getByLabel('Checked on').fill('2026-03-13');
    await page.keyboard.press('Enter');
    await fc.check.getByLabel('Notes').fill('The letter counts 143 names; two asked to be left off.');
    await page.keyboard.press('Tab');
    await expect(fc.row(LETTER)).toContainText('Mireille Fontaine');
    await expect(fc.row(LETTER)).toContainText('Primary source');
    await expect(fc.row(LETTER)).toContainText('two asked to be left off');

    // Evidence: an address (typed, Enter), words, and another claim's span.
    const evidence = fc.check.getByRole('region', { name: 'Evidence' });
    await evidence.getByLabel('Address').fill('https://example.com/open-letter');
    await evidence.getByLabel('Address').press('Enter');
    await expect(evidence.getByRole('link', { name: 'https://example.com/open-letter' })).toBeVisible();
    await evidence.getByRole('radio', { name: 'Words' }).press('Enter');
    await evidence.getByLabel('Evidence', { exact: true }).fill('Counted the signatures on the copy the Ledger obtained.');
    await page.keyboard.press(`${mod}+Enter`);
    await expect(evidence.locator('.fc-evidence-text')).toContainText(['Counted the signatures']);
    await evidence.getByRole('radio', { name: 'Passage' }).click();
    await evidence.getByRole('searchbox', { name: 'Find a quote or claim' }).fill('95,000');
    await evidence.getByRole('listbox', { name: 'Passages' }).getByRole('button', { name: /Halden returned/ }).click();
    await evidence.getByRole('button', { name: 'Add evidence' }).click();
    await expect(evidence.locator('.fc-evidence-item')).toHaveCount(3);
    await expect(fc.row(LETTER).locator('.fc-col-evidence')).toHaveText('3');
    // Removed, and brought back with undo.
    await evidence.getByRole('button', { name: /Remove evidence: Counted/ }).click();
    await expect(evidence.locator('.fc-evidence-item')).toHaveCount(2);
    await fc.sheet.focus();
    await page.keyboard.press(`${mod}+z`);
    await expect(evidence.locator('.fc-evidence-item')).toHaveCount(3);

    // The history says what changed.
    await fc.check.getByText('History', { exact: true }).click();
    const history = fc.check.getByRole('list', { name: 'Changes to the check, newest first' });
    await expect(history).toContainText('Evidence added');
    await expect(history).toContainText('Mireille Fontaine');

    // Shift+arrows select, the bulk bar sets one status on all; undo gives each its own back.
    await fc.sheet.focus();
    await page.keyboard.press('Home');
    await page.keyboard.press('Shift+ArrowDown');
    await page.keyboard.press('Shift+ArrowDown');
    await expect(fc.bulkBar).toContainText('3 selected');
    await fc.bulkBar.getByRole('button', { name: 'False' }).click();
    await expect.poll(() => fc.statuses()).toEqual(['false', 'false', 'false']);
    await expect(fc.progress).toContainText('3 of 3 claims checked');
    await fc.sheet.focus();
    await page.keyboard.press(`${mod}+z`);
    await expect.poll(() => fc.statuses()).toEqual(['verified', 'in-progress', 'unchecked']);
    // Escape clears the selection; Ctrl/Cmd+A and a digit change every row shown.
    await page.keyboard.press('Escape');
    await expect(fc.bulkBar).toBeHidden();
    await page.keyboard.press(`${mod}+a`);
    await expect(fc.bulkBar).toContainText('3 selected');
    await page.keyboard.press('5');
    await expect.poll(() => fc.statuses()).toEqual(['misleading', 'misleading', 'misleading']);
    await page.keyboard.press('Escape');
    // Space checks one row; the rows with a checkbox.
    await page.keyboard.press('End');
    await page.keyboard.press(' ');
    await expect(fc.bulkBar).toContainText('1 selected');
    await fc.bulkBar.getByRole('button', { name: 'Verified' }).click();
    await expect(fc.row(REFUND).getByLabel('Status')).toHaveValue('verified');
    await fc.row(AGREEMENT).getByRole('checkbox').check();
    await expect(fc.bulkBar).toContainText('2 selected');
    await fc.bulkBar.getByRole('button', { name: 'Clear' }).click();
    // With the mouse: a click opens a row, Shift+click selects the range to another.
    await fc.row(AGREEMENT).locator('.fc-col-claim').click();
    await expect(fc.check).toContainText(AGREEMENT);
    await fc.row(REFUND).locator('.fc-col-claim').click({ modifiers: ['Shift'] });
    await expect(fc.bulkBar).toContainText('3 selected');
    await page.keyboard.press('Escape');
    await expect(fc.bulkBar).toBeHidden();

    // Filters and sorting live in the route, and come back with it.
    await fc.progress.getByRole('button', { name: /^Verified/ }).click();
    await expect(page).toHaveURL(/#\/factcheck\?status=verified$/);
    await expect(fc.rows).toHaveCount(1);
    await page.getByRole('searchbox', { name: 'Search the claims' }).fill('okafor');
    await expect(fc.rows).toHaveCount(0);
    await expect(page.getByText('No claim matches these filters.')).toBeVisible();
    await page.getByRole('button', { name: 'Clear filters' }).first().click();
    await expect(page).toHaveURL(/#\/factcheck$/);
    await expect(fc.rows).toHaveCount(3);
    await page.getByRole('button', { name: /^Status/ }).click();
    await expect(page).toHaveURL(/sort=status/);
    await expect(fc.rows.locator('.fc-claim-text')).toHaveText([REFUND, AGREEMENT, LETTER]);
    await page.getByRole('combobox', { name: 'Group by' }).selectOption('status');
    await expect(fc.sheet.locator('.fc-group-label')).toHaveText(['Verified', 'Misleading']);
    await page.reload();
    await expect(fc.sheet.locator('.fc-group-label')).toHaveText(['Verified', 'Misleading']);

    // The source link opens the span.
    await fc.row(LETTER).getByRole('link').click();
    await expect(page).toHaveURL(/#\/sources\/\d+\/annotation\/\d+$/);
    await expect(page.getByRole('complementary', { name: 'Inspector' }).getByRole('heading', { name: 'Claim' })).toBeVisible();
  });

  test('the rating scale is edited from the toolbar, with the service’s refusals shown', async ({ page }) => {
    const fc = new FactCheckPage(page);
    await fc.row(AGREEMENT).getByLabel('Rating').selectOption({ label: 'False' });
    await page.getByRole('button', { name: 'Rating scale…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Rating scale' });
    await dialog.getByRole('button', { name: 'Remove “False”' }).click();
    await dialog.getByRole('button', { name: 'Save scale' }).click();
    await expect(dialog.getByRole('alert')).toContainText(/False/);
    await dialog.getByRole('button', { name: 'Cancel' }).click();

    await page.getByRole('button', { name: 'Rating scale…' }).click();
    await dialog.getByRole('button', { name: 'Add a rating' }).click();
    await dialog.getByLabel('Rating 6').fill('Needs context');
    await dialog.getByLabel('Rating 5').fill('Wrong');
    await dialog.getByRole('button', { name: 'Save scale' }).click();
    await expect(dialog).toBeHidden();
    // A renamed rating follows on the claims rated with it.
    await expect(fc.row(AGREEMENT).getByLabel('Rating').locator('option:checked')).toHaveText('Wrong');
    await expect(fc.row(LETTER).getByLabel('Rating').locator('option')).toContainText(['Needs context']);
  });

  test('exports every format, of all claims or the ones shown', async ({ app, page, dataDir }) => {
    test.setTimeout(180_000);
    const fc = new FactCheckPage(page);
    await fc.row(REFUND).getByLabel('Status').selectOption('verified');
    await fc.row(REFUND).getByLabel('Rating').selectOption({ label: 'True' });
    await fc.row(AGREEMENT).getByLabel('Status').selectOption('false');
    await expect(fc.progress).toContainText('2 of 3 claims checked');

    const csv = fs.readFileSync(await fc.export('CSV spreadsheet', dataDir), 'utf8');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const lines = csv.replace(/^\uFEFF/, '').split('\r\n');
    expect(lines[0]).toContain('Claim (exact quote)');
    expect(lines[0]).toContain('Source SHA-256');
    expect(csv).toContain(REFUND);
    expect(lines.filter((line) => line.includes('Verified'))).toHaveLength(1);

    const xlsx = fs.readFileSync(await fc.export('Excel workbook (XLSX)', dataDir));
    expect(xlsx.subarray(0, 2).toString('latin1')).toBe('PK');
    expect(Object.keys(unzipSync(new Uint8Array(xlsx))).some((name) => name.startsWith('xl/worksheets/'))).toBe(true);

    const docx = unzipSync(new Uint8Array(fs.readFileSync(await fc.export('Word memo (DOCX)', dataDir))));
    expect(docx['word/document.xml']).toBeDefined();
    expect(strFromU8(docx['word/document.xml']!)).toContain('143 employees');

    // Markdown from the File menu's command, which opens the view's menu.
    await app.runFileCommand(/Export claims and verdicts/);
    const downloading = page.waitForEvent('download');
    await page.getByRole('menu', { name: 'Export' }).getByRole('menuitem', { name: 'Markdown' }).click();
    const download = await downloading;
    const markdownFile = `${dataDir}/${download.suggestedFilename()}`;
    await download.saveAs(markdownFile);
    const markdown = fs.readFileSync(markdownFile, 'utf8');
    expect(markdown).toContain(REFUND);

    const claimReview = JSON.parse(fs.readFileSync(await fc.export('ClaimReview JSON-LD', dataDir), 'utf8')) as { '@graph': Array<{ '@type': string; claimReviewed: string }> };
    expect(claimReview['@graph'].map((review) => review['@type'])).toEqual(['ClaimReview', 'ClaimReview']);
    expect(claimReview['@graph'].map((review) => review.claimReviewed)).toContain(REFUND);

    // Only the claims shown, in their order: a filter, then Markdown of what is left.
    await fc.progress.getByRole('button', { name: /^False/ }).click();
    await expect(fc.rows).toHaveCount(1);
    const filtered = fs.readFileSync(await fc.export('Markdown', dataDir), 'utf8');
    expect(filtered).toContain(AGREEMENT);
    expect(filtered).not.toContain(REFUND);

    // Or only the claims selected.
    await page.getByRole('button', { name: 'Clear filters' }).first().click();
    await expect(fc.rows).toHaveCount(3);
    await fc.row(LETTER).getByRole('checkbox').check();
    await page.getByRole('button', { name: /^Export/ }).click();
    await page.getByRole('menu', { name: 'Export' }).getByRole('menuitemradio', { name: 'The 1 selected' }).click();
    await page.getByRole('button', { name: /^Export/ }).click();
    const selected = fs.readFileSync(await fc.export('Markdown', dataDir), 'utf8');
    expect(selected).toContain(LETTER);
    expect(selected).not.toContain(REFUND);

    // The PDF is printed by the browser engine: it can take a while.
    const pdf = fs.readFileSync(await fc.export('PDF memo', dataDir, { timeout: 150_000 }));
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });
});
