import { strFromU8, unzipSync } from 'fflate';
import fs from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from './support/fixtures';
import { ComparePage } from './support/compare-page';
import { FactCheckPage } from './support/fact-check-page';
import { highlightCounts, selectWithMouse } from './support/select-text';

const OKAFOR_SAMPLE = 'We are not in the business of deciding who crosses a border,';
const LINDQVIST_SAMPLE = 'We said that we would not build tools that turn a person into a score without telling them, and without a way for them to contest it.';
const OKAFOR_WIRE = 'The pilot contract was worth $2 million and the agency wanted risk scoring.';
const LINDQVIST_WIRE = 'The pilot contract was worth $1 million, and we cancelled it because the agency wanted risk scoring.';

/** A second outlet's report of the 2020 cancellation: both speakers quoted, and the deal's value given differently. */
const WIRE = `---
title: Halden cancels its border pilot
outlet: Wire
date: 2020-09-17
---

Halden cancelled its pilot with the border agency on Wednesday.

The agreement with Halden Systems was worth $2 million in its first year, according to the company.

“${LINDQVIST_WIRE}” Tomas Lindqvist said at a press conference.

Adaeze Okafor, who then led the product team, said: “${OKAFOR_WIRE}”
`;

async function tagQuote(page: Page, words: string, speaker: string, saidOn: string, channel?: string): Promise<void> {
  const inspector = page.getByRole('complementary', { name: 'Inspector' });
  await selectWithMouse(page, words);
  await page.keyboard.press('q');
  const field = inspector.getByRole('combobox', { name: 'Speaker' });
  await expect(field).toBeFocused();
  await field.fill(speaker);
  await expect(inspector.getByRole('listbox').getByRole('option').first()).toBeVisible();
  await field.press('Enter');
  await expect(inspector.locator('.entity-chip')).toHaveText(speaker);
  await inspector.getByLabel('Said on').fill(saidOn);
  await inspector.getByLabel('Said on').press('Enter');
  await expect(inspector.getByLabel('Said on')).toHaveValue(saidOn);
  if (channel) {
    await inspector.getByLabel('Channel').fill(channel);
    await inspector.getByLabel('Channel').press('Enter');
    await expect(inspector.getByLabel('Channel')).toHaveValue(channel);
  }
}

async function tagEntity(page: Page, words: string, entity: string, occurrence = 0): Promise<void> {
  const inspector = page.getByRole('complementary', { name: 'Inspector' });
  await selectWithMouse(page, words, occurrence);
  await page.keyboard.press('e');
  const field = inspector.getByRole('combobox', { name: 'Entity', exact: true });
  await expect(field).toBeFocused();
  await field.fill(entity);
  await expect(inspector.getByRole('listbox').getByRole('option').first()).toBeVisible();
  await field.press('Enter');
  await expect(inspector.locator('.entity-chip')).toHaveText(entity);
}

test.describe('comparing statements', () => {
  test('two speakers across two sources: build, re-pair by hand, save, export, and a discrepancy made a claim', async ({ page, app, dataDir }) => {
    test.setTimeout(120_000);
    await app.runFileCommand('Open the sample investigation');
    await expect(app.title).toHaveText('Sample investigation');

    // The second source, imported through Import files….
    const wire = path.join(dataDir, 'wire-cancellation.md');
    fs.writeFileSync(wire, WIRE);
    await app.navItem('Sources').click();
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Import files…' }).click();
    await (await chooser).setFiles([wire]);
    await expect(page.locator('article.reader[data-ready]').getByRole('heading', { name: 'Halden cancels its border pilot' })).toBeVisible();
    await tagEntity(page, 'Halden Systems', 'Halden Systems');
    await tagQuote(page, LINDQVIST_WIRE, 'Tomas Lindqvist', '2020-09-16', 'press conference');
    await tagQuote(page, OKAFOR_WIRE, 'Adaeze Okafor', '2020-09-16', 'interview');
    await expect.poll(() => highlightCounts(page)).toMatchObject({ 'ann-quote': 2 });

    // The sample article: one quote by each, and the company named where it gives the deal's value.
    await app.navItem('Sources').click();
    await page.getByRole('table', { name: 'Sources' }).getByRole('link', { name: /Halden Systems chief defends/ }).click();
    await expect(page.locator('article.reader[data-ready]')).toBeVisible();
    await tagQuote(page, OKAFOR_SAMPLE, 'Adaeze Okafor', '2026-03-11');
    await tagQuote(page, LINDQVIST_SAMPLE, 'Tomas Lindqvist', '2026-03');
    await tagEntity(page, 'Halden’s roughly 600', 'Halden Systems');

    // The empty Compare view says what to do first.
    const compare = new ComparePage(page);
    await compare.open();
    await expect(page.getByRole('region', { name: 'Compare statements' })).toContainText('press Q');
    await compare.chooseSpeaker(1, 'Adaeze Okafor');
    await compare.chooseSpeaker(2, 'Tomas Lindqvist');
    await expect(page).toHaveURL(/#\/compare\?cols=speaker\.\d+,speaker\.\d+$/);
    await page.getByRole('button', { name: 'Done' }).click();
    await expect(compare.table.getByRole('columnheader')).toHaveText([/Adaeze Okafor\s*2 statements/, /Tomas Lindqvist\s*2 statements/]);

    // Each statement with its date, channel and source, and a link to its span.
    const wireQuote = compare.statement(OKAFOR_WIRE);
    await expect(wireQuote).toContainText(/Adaeze Okafor · (September 16, 2020|16 September 2020) · interview/);
    await expect(wireQuote).toContainText(/Halden cancels its border pilot — Wire, (September 17, 2020|17 September 2020)/);

    // The 2020 statements pair by their words: shared words marked, and the amounts that differ marked ≠.
    const worded = compare.rows.filter({ hasText: OKAFOR_WIRE });
    await expect(worded).toContainText(LINDQVIST_WIRE);
    await expect(worded).toContainText(/Similar wording \(0\.\d\d\)/);
    await expect(worded.locator('mark.cmp-shared').filter({ hasText: 'contract' })).toHaveCount(2);
    await expect(worded.locator('mark.cmp-figure[data-status="differs"]')).toHaveText(['$2 million', '$1 million']);
    await expect(wireQuote.getByRole('link', { name: 'Open in source' })).toHaveAttribute('href', /#\/sources\/\d+\/annotation\/\d+/);

    // From the keyboard: P pins the row of the focused statement, and P again lets it go.
    await compare.statement(OKAFOR_WIRE).focus();
    await page.keyboard.press('p');
    await expect(worded).toContainText('Pinned by hand');
    await expect(compare.statement(OKAFOR_WIRE)).toBeFocused();
    await page.keyboard.press('p');
    await expect(worded).toContainText(/Similar wording/);

    // Re-pair by hand: the 2026 statements side by side, pinned, with the reason said.
    await compare.pair(OKAFOR_SAMPLE, 'without a way for them to contest it');
    const pinned = compare.rows.filter({ hasText: OKAFOR_SAMPLE });
    await expect(pinned).toContainText('Pinned by hand');
    await expect(pinned).toContainText(LINDQVIST_SAMPLE);
    await expect(pinned.getByRole('button', { name: 'Unpin' })).toBeVisible();
    await expect(page).toHaveURL(/pins=/);

    // Undo takes the re-pairing back; redo brings it again.
    await page.locator('body').click({ position: { x: 5, y: 300 } });
    await page.keyboard.press('Control+z');
    await expect(compare.rows.filter({ hasText: 'Pinned by hand' })).toHaveCount(0);
    await page.keyboard.press('Control+Shift+z');
    await expect(compare.rows.filter({ hasText: 'Pinned by hand' })).toHaveCount(1);

    // Saved under a name: its own route, in the saved list, and the pin kept.
    await page.getByRole('button', { name: 'Save…' }).click();
    await page.getByRole('textbox', { name: 'Name of the comparison' }).fill('Okafor and Lindqvist');
    await page.getByRole('button', { name: 'Save', exact: true }).click();
    await expect(page).toHaveURL(/#\/compare\/\d+$/);
    await expect(page.getByRole('heading', { name: 'Okafor and Lindqvist' })).toBeVisible();
    await page.reload();
    await expect(page.getByRole('heading', { name: 'Okafor and Lindqvist' })).toBeVisible();
    await expect(compare.rows.filter({ hasText: 'Pinned by hand' })).toContainText(LINDQVIST_SAMPLE);
    await page.getByRole('button', { name: 'Saved (1)' }).click();
    await expect(page.getByRole('menu', { name: 'Saved comparisons' }).getByRole('menuitem')).toHaveText([/Okafor and Lindqvist/]);
    await page.keyboard.press('Escape');

    // Exported in four formats, each with the words and their citations.
    const html = fs.readFileSync(await compare.export('Web page (HTML)', dataDir), 'utf8');
    expect(html).toContain('not in the business of deciding who crosses a border');
    expect(html).toContain('turn a person into a score');
    expect(html).toContain('Halden cancels its border pilot');
    expect(html).toContain('The Northshore Ledger');
    const markdown = fs.readFileSync(await compare.export('Markdown', dataDir), 'utf8');
    expect(markdown).toMatch(/^\| .*Adaeze Okafor.*\|.*Tomas Lindqvist.*\|/m);
    expect(markdown).toMatch(/^\|( --- \|)+$/m);
    const docx = unzipSync(new Uint8Array(fs.readFileSync(await compare.export('Word document (DOCX)', dataDir))));
    expect(strFromU8(docx['word/document.xml']!)).toContain('turn a person into a score');
    const pdf = fs.readFileSync(await compare.export('PDF', dataDir));
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');

    // Discrepancies: the deal's value, given two ways; one made a claim to check.
    await page.getByRole('tab', { name: 'Discrepancies' }).click();
    const group = page.getByRole('region', { name: 'Amounts about Halden Systems' });
    await expect(group).toContainText('$1.5 million');
    await expect(group).toContainText('$2 million');
    // Why the two figures were taken for one fact, in words.
    await expect(group.locator('.cmp-explanation')).toContainText('Both give an amount linked to Halden Systems, in The Northshore Ledger and Wire');
    const wireFact = group.getByRole('article', { name: /\$2 million in Wire/ });
    await wireFact.getByRole('button', { name: 'Check as a claim' }).click();
    await expect(app.toast('Claim added to the fact-check sheet')).toBeVisible();
    await wireFact.getByRole('button', { name: 'In the fact-check sheet →' }).click();
    const sheet = new FactCheckPage(page);
    await expect(page).toHaveURL(/#\/factcheck/);
    await expect(sheet.row('was worth $2 million in its first year')).toHaveCount(1);

    // Back to the saved comparison: renamed, deleted, and brought back with undo.
    await app.navItem('Compare').click();
    await page.getByRole('button', { name: 'Saved (1)' }).click();
    await page.getByRole('menu', { name: 'Saved comparisons' }).getByRole('menuitem', { name: /Okafor and Lindqvist/ }).click();
    await expect(page).toHaveURL(/#\/compare\/\d+$/);
    await page.getByRole('button', { name: 'Rename…' }).click();
    await page.getByRole('textbox', { name: 'New name' }).fill('Two chief executives');
    await page.getByRole('textbox', { name: 'New name' }).press('Enter');
    await expect(page.getByRole('heading', { name: 'Two chief executives' })).toBeVisible();
    await page.getByRole('button', { name: 'Delete' }).click();
    await expect(app.toast('Deleted “Two chief executives”')).toBeVisible();
    await expect(page).toHaveURL(/#\/compare\?cols=.*pins=/);
    await expect(page.getByRole('button', { name: 'Saved (0)' })).toBeVisible();
    await expect(compare.rows.filter({ hasText: 'Pinned by hand' })).toContainText(LINDQVIST_SAMPLE);
    await page.keyboard.press('Control+z');
    await expect(page.getByRole('heading', { name: 'Two chief executives' })).toBeVisible();
    await expect(page).toHaveURL(/#\/compare\/\d+$/);
    await expect(page.getByRole('button', { name: 'Saved (1)' })).toBeVisible();
  });
});
