import { expect, test } from './support/fixtures';
import { highlightCounts, selectWithMouse } from './support/select-text';

test.describe('tagging in the reader', () => {
  test.beforeEach(async ({ app, page }) => {
    await app.runFileCommand('Open the sample investigation');
    await expect(app.title).toHaveText('Sample investigation');
    await page.getByRole('table', { name: 'Sources' }).getByRole('link').first().click();
    await expect(page.locator('article.reader[data-ready]')).toBeVisible();
  });

  test('a quoted sentence becomes a quote with a new speaker, and undo and redo take it back and forth', async ({ page }) => {
    await selectWithMouse(page, '“the right work, done in the open,”');
    const toolbar = page.getByRole('toolbar', { name: 'Tag the selected text' });
    await expect(toolbar).toBeVisible();
    await toolbar.getByRole('button', { name: /Quote/ }).click();

    const inspector = page.getByRole('complementary', { name: 'Inspector' });
    await expect(inspector.getByRole('heading', { name: 'Quote' })).toBeVisible();
    await expect(inspector.locator('.annotation-exact')).toHaveText('“the right work, done in the open,”');
    const speaker = inspector.getByRole('combobox', { name: 'Speaker' });
    await expect(speaker).toBeFocused();
    await speaker.fill('Adaeze Okafor');
    await expect(inspector.getByRole('option', { name: /Create “Adaeze Okafor”/ })).toBeVisible();
    await speaker.press('Enter');
    await expect(inspector.locator('.entity-chip')).toHaveText('Adaeze Okafor');
    await inspector.getByLabel('Channel').fill('letter to employees');
    await inspector.getByLabel('Channel').press('Enter');
    await expect.poll(() => highlightCounts(page)).toMatchObject({ 'ann-quote': 1 });

    // Undo goes back step by step: the channel, the speaker, then the quote itself.
    await page.locator('.reader-scroller').focus();
    await page.keyboard.press('ControlOrMeta+Z');
    await page.keyboard.press('ControlOrMeta+Z');
    await page.keyboard.press('ControlOrMeta+Z');
    await expect.poll(() => highlightCounts(page)).toMatchObject({ 'ann-quote': 0 });
    await page.keyboard.press('ControlOrMeta+Shift+Z');
    await expect.poll(() => highlightCounts(page)).toMatchObject({ 'ann-quote': 1 });
  });

  test('tags with the keyboard: an organisation, a claim and an event, overlapping', async ({ page }) => {
    await selectWithMouse(page, 'Federal Border Integrity Agency');
    await page.keyboard.press('e');
    const inspector = page.getByRole('complementary', { name: 'Inspector' });
    const entity = inspector.getByRole('combobox', { name: 'Entity', exact: true });
    await expect(entity).toBeFocused();
    await expect(entity).toHaveValue('Federal Border Integrity Agency');
    await entity.press('Enter');
    await expect(inspector.locator('.entity-chip')).toHaveText('Federal Border Integrity Agency');
    await expect.poll(() => highlightCounts(page)).toMatchObject({ 'ann-organisation': 1 });

    // A claim over a sentence that holds the organisation's name: the two overlap.
    await selectWithMouse(page, 'a new contract with the Federal Border Integrity Agency');
    await page.keyboard.press('c');
    await expect(inspector.getByRole('heading', { name: 'Claim' })).toBeVisible();
    await inspector.getByLabel('Status').selectOption('in-progress');
    await expect.poll(() => highlightCounts(page)).toMatchObject({ 'ann-organisation': 1, 'ann-claim': 1 });

    await selectWithMouse(page, 'told employees on Wednesday');
    await page.keyboard.press('t');
    await inspector.getByLabel('What happened').fill('Okafor tells staff about the contract');
    await inspector.getByLabel('When (from)').fill('2026-03-11');
    await inspector.getByLabel('When (from)').press('Enter');
    await expect(inspector.getByText('March 11, 2026')).toBeVisible();
    await expect.poll(() => highlightCounts(page)).toMatchObject({ 'ann-event': 1 });

    // Clicking a highlight opens it again; hovering says what it is.
    await page.locator('.reader-scroller').focus();
    await selectWithMouse(page, 'Wednesday');
    await page.mouse.click(0, 0);
    const wednesday = await page.evaluate(() => {
      const walker = document.createTreeWalker(document.querySelector('.reader-section')!, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
        const at = node.data.indexOf('Wednesday');
        if (at >= 0) {
          const range = document.createRange();
          range.setStart(node, at + 2);
          range.setEnd(node, at + 3);
          const rect = range.getBoundingClientRect();
          return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
        }
      }
      return null;
    });
    await page.mouse.move(wednesday!.x, wednesday!.y);
    await expect(page.getByRole('tooltip')).toContainText('Event · Okafor tells staff about the contract');
    await page.mouse.click(wednesday!.x, wednesday!.y);
    await expect(inspector.getByRole('heading', { name: 'Event' })).toBeVisible();
  });
});

test('a claim’s history in the inspector says who changed its status and speaker, from what to what', async ({ app, page }) => {
  await app.runFileCommand('Open the sample investigation');
  await page.getByRole('table', { name: 'Sources' }).getByRole('link').first().click();
  await expect(page.locator('article.reader[data-ready]')).toBeVisible();
  await selectWithMouse(page, 'a new contract with the Federal Border Integrity Agency');
  await page.keyboard.press('c');
  const inspector = page.getByRole('complementary', { name: 'Inspector' });
  await expect(inspector.getByRole('heading', { name: 'Claim' })).toBeVisible();

  // Closed until asked for.
  const history = inspector.locator('details.annotation-history');
  await expect(history.getByText('History', { exact: true })).toBeVisible();
  await expect(history.getByRole('list', { name: 'Changes, newest first' })).toBeHidden();
  await inspector.getByLabel('Status').selectOption('verified');
  await history.getByText('History', { exact: true }).click();
  const entries = history.getByRole('list', { name: 'Changes, newest first' }).getByRole('listitem');
  await expect(entries).toHaveCount(2);
  await expect(entries.nth(0)).toContainText('Edited');
  await expect(entries.nth(0)).toContainText('StatusUnchecked → Verified');
  await expect(entries.last()).toContainText('Tagged as a claim');

  // Live while open: a speaker chosen is named, not numbered; a second status follows the first.
  const speaker = inspector.getByRole('combobox', { name: 'Said or asserted by' });
  await speaker.fill('Adaeze Okafor');
  await speaker.press('Enter');
  await expect(entries).toHaveCount(3);
  await expect(entries.nth(0)).toContainText('Speakernone → Adaeze Okafor');
  await inspector.getByLabel('Status').selectOption('misleading');
  await expect(entries).toHaveCount(4);
  await expect(entries.nth(0)).toContainText('StatusVerified → Misleading');
});

test('annotations export as W3C Web Annotations, and a file of them imports back', async ({ app, page, dataDir }) => {
  await app.runFileCommand('Open the sample investigation');
  await page.getByRole('table', { name: 'Sources' }).getByRole('link').first().click();
  await expect(page.locator('article.reader[data-ready]')).toBeVisible();
  await selectWithMouse(page, 'Federal Border Integrity Agency');
  await page.keyboard.press('n');
  const inspector = page.getByRole('complementary', { name: 'Inspector' });
  await inspector.getByLabel('Comment').fill('Check the agency’s full name');
  await inspector.getByLabel('Comment').blur();
  await expect.poll(() => highlightCounts(page)).toMatchObject({ 'ann-comment': 1 });

  const downloading = page.waitForEvent('download');
  await app.runFileCommand(/Export annotations/);
  const download = await downloading;
  const file = `${dataDir}/${download.suggestedFilename()}`;
  await download.saveAs(file);
  const exported = JSON.parse(await import('node:fs').then((fs) => fs.readFileSync(file, 'utf8'))) as { first: { items: Array<{ motivation: string; target: { source: string; selector: Array<{ type: string; exact?: string }> } }> } };
  const [item] = exported.first.items;
  expect(item!.motivation).toBe('commenting');
  expect(item!.target.source).toMatch(/^urn:sha256:[0-9a-f]{64}$/);
  expect(item!.target.selector.find((selector) => selector.type === 'TextQuoteSelector')!.exact).toBe('Federal Border Integrity Agency');

  // Undo the comment's text, then the comment: the source is left without it.
  await page.keyboard.press('ControlOrMeta+Z');
  await page.keyboard.press('ControlOrMeta+Z');
  await expect.poll(() => highlightCounts(page)).toMatchObject({ 'ann-comment': 0 });
  const chooser = page.waitForEvent('filechooser');
  await app.runFileCommand(/Import annotations/);
  await (await chooser).setFiles(file);
  await expect(app.toast('Imported 1 annotation')).toBeVisible();
  await expect.poll(() => highlightCounts(page)).toMatchObject({ 'ann-comment': 1 });
});
