import { expect, test } from './support/fixtures';
import { writeNewsArticle } from './support/news-article';
import { highlightCounts } from './support/select-text';
import { SuggestionsPage, suggestionHighlights } from './support/suggestions-page';

/** The middle of `text` in the rendered reader, to hover or click it as a person would. */
async function pointAt(page: import('@playwright/test').Page, text: string): Promise<{ x: number; y: number }> {
  const point = await page.evaluate((wanted) => {
    for (const block of document.querySelectorAll('.reader-section [data-block-start]')) {
      const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
        const at = node.data.indexOf(wanted);
        if (at < 0) continue;
        const middle = at + Math.floor(wanted.length / 2);
        const range = document.createRange();
        range.setStart(node, middle);
        range.setEnd(node, middle + 1);
        const rect = range.getBoundingClientRect();
        return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
      }
    }
    return null;
  }, text);
  if (!point) throw new Error(`“${text}” is not in the rendered text of the reader`);
  return point;
}

test('an imported article’s suggestions are reviewed by keyboard and by hand, and the decisions stick when it is analyzed again', async ({ app, page, dataDir }) => {
  const file = writeNewsArticle(dataDir);
  await app.navItem('Sources').click();
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import files…' }).click();
  await (await chooser).setFiles([file]);
  // One file imported: it opens in the reader, and its analysis follows the import.
  await expect(page.locator('article.reader[data-ready]')).toBeVisible();
  const review = new SuggestionsPage(page);
  const inspector = review.inspector;
  await expect.poll(() => review.counts()).toEqual({ People: 4, Organisations: 5, Amounts: 1, Dates: 1, Quotes: 2 });
  await expect(review.list.getByRole('heading')).toHaveText('Suggestions (13)');
  await expect(review.list).toContainText('dates counted from the publication date, October 16, 2025');
  await expect.poll(async () => (await suggestionHighlights(page)).counts).toEqual({
    'sug-person': 4, 'sug-organisation': 5, 'sug-place': 0, 'sug-money': 1, 'sug-date': 1, 'sug-quote': 2, 'sug-event': 0,
  });

  // Hovering says what is suggested; a click opens it in the inspector.
  const authority = await pointAt(page, 'Harbour Protection Authority');
  await page.mouse.move(authority.x, authority.y);
  await expect(page.getByRole('tooltip')).toHaveText('Suggested organisation: Harbour Protection Authority — click, then A accept, X reject');
  await page.mouse.click(authority.x, authority.y);
  await review.expectOpen('organisation', 'Harbour Protection Authority');
  await expect(review.panel).toContainText('Also named here as “HPA”');
  await expect(review.panel).toContainText('sourcebook-rules');
  await review.panel.getByRole('button', { name: 'Close the suggestion' }).click();

  // J from the top of the text: the first suggestion, a relative date. A accepts it.
  await review.focusReader();
  await page.keyboard.press('j');
  await review.expectOpen('date', 'Tuesday');
  await expect(review.panel.locator('.suggestion-label')).toHaveText('14 October 2025');
  await expect(review.panel).toContainText('Counted from the publication date, 16 October 2025.');
  await expect.poll(async () => (await suggestionHighlights(page)).selected).toEqual(['Tuesday']);
  await page.keyboard.press('a');
  // Now an annotation, open so it can be refined; the keyboard stays in the text.
  await expect(inspector.getByRole('heading', { name: 'Entity' })).toBeVisible();
  await expect(inspector.locator('.entity-chip')).toHaveText('14 October 2025');
  await expect.poll(() => highlightCounts(page)).toMatchObject({ 'ann-date': 1 });
  await expect.poll(async () => (await suggestionHighlights(page)).counts['sug-date']).toBe(0);
  await expect(page.locator('.reader-scroller')).toBeFocused();
  // Accepting is undone and redone like a tag.
  await page.keyboard.press('ControlOrMeta+Z');
  await expect.poll(() => highlightCounts(page)).toMatchObject({ 'ann-date': 0 });
  await expect.poll(async () => (await suggestionHighlights(page)).counts['sug-date']).toBe(1);
  await page.keyboard.press('ControlOrMeta+Shift+Z');
  await expect.poll(() => highlightCounts(page)).toMatchObject({ 'ann-date': 1 });
  await expect.poll(async () => (await suggestionHighlights(page)).counts['sug-date']).toBe(0);

  // J goes on from the accepted date to the amount; X rejects it and opens the next one.
  await page.keyboard.press('j');
  await review.expectOpen('amount', '$4.2-million');
  await page.keyboard.press('x');
  await review.expectOpen('organisation', 'Calloway Marine Services');
  await expect.poll(async () => (await suggestionHighlights(page)).counts['sug-money']).toBe(0);
  // K steps back: nothing is left before Calloway (the date is accepted, the amount rejected), so it wraps to the last.
  await page.keyboard.press('k');
  await review.expectOpen('organisation', 'HPA');

  // Edit…: the second quote's speaker and channel corrected, then accepted.
  await review.panel.getByRole('button', { name: 'Close the suggestion' }).click();
  await review.group('Quotes').getByRole('button', { name: /Said by Marcus Delahaye/ }).click();
  await review.expectOpen('quote', '“We met every condition the city set,”');
  await expect(review.panel.locator('.suggestion-proposal')).toContainText('Channelstatement');
  await review.panel.getByRole('button', { name: 'Edit…' }).click();
  const form = review.panel.getByRole('form', { name: 'Correct the suggested quote' });
  const name = form.getByLabel('Name', { exact: true });
  await expect(name).toBeFocused();
  await expect(name).toHaveValue('Marcus Delahaye');
  await name.fill('Marcus J. Delahaye');
  await form.getByLabel('Channel').fill('statement to the council');
  await form.getByRole('button', { name: 'Accept' }).click();
  await expect(inspector.getByRole('heading', { name: 'Quote' })).toBeFocused();
  await expect(inspector.locator('.entity-chip')).toHaveText('Marcus J. Delahaye');
  await expect(inspector.getByLabel('Channel')).toHaveValue('statement to the council');
  await expect.poll(() => highlightCounts(page)).toMatchObject({ 'ann-quote': 1, 'ann-date': 1 });

  // Analyzed again: what was accepted is an annotation and not suggested again, what was
  // rejected stays rejected, and the rest is suggested as before.
  await inspector.getByRole('button', { name: 'Close the annotation' }).click();
  await expect.poll(() => review.counts()).toEqual({ People: 4, Organisations: 5, Quotes: 1 });
  await review.list.getByRole('button', { name: 'Analyze again' }).click();
  await expect(app.toast('Analysis finished')).toBeVisible();
  await expect.poll(() => review.counts()).toEqual({ People: 4, Organisations: 5, Quotes: 1 });
  await expect(review.group('Quotes')).toContainText('Said by Imogen Achterberg');
  await expect.poll(() => highlightCounts(page)).toMatchObject({ 'ann-quote': 1, 'ann-date': 1 });
  await expect.poll(async () => (await suggestionHighlights(page)).counts).toMatchObject({ 'sug-money': 0, 'sug-date': 0, 'sug-quote': 1 });

  // Accept all of one kind.
  await review.group('People').getByRole('button', { name: 'Accept all 4 people' }).click();
  await expect(app.toast('Accepted 4 people')).toBeVisible();
  await expect.poll(() => review.counts()).toEqual({ Organisations: 5, Quotes: 1 });
  await expect.poll(() => highlightCounts(page)).toMatchObject({ 'ann-person': 4 });
});

test('a source never analyzed offers the analysis; accepting a large kind asks first; the palette analyzes every source; the keys are in the shortcuts sheet', async ({ app, page }) => {
  await app.runFileCommand('Open the sample investigation');
  await expect(app.title).toHaveText('Sample investigation');
  await page.getByRole('table', { name: 'Sources' }).getByRole('link').first().click();
  await expect(page.locator('article.reader[data-ready]')).toBeVisible();
  const review = new SuggestionsPage(page);
  await expect(review.list.getByRole('heading')).toHaveText('Suggestions');
  await review.list.getByRole('button', { name: 'Find names, dates and quotes' }).click();
  await expect(app.toast('Analysis finished')).toBeVisible();
  await expect.poll(async () => (await review.counts()).Dates ?? 0).toBeGreaterThan(10);
  await expect(review.list).toContainText('Analyzed');

  // Accepting more than ten at once asks first, and keeping on reviewing is the default.
  const dates = (await review.counts()).Dates!;
  await review.group('Dates').getByRole('button', { name: `Accept all ${dates} dates` }).click();
  const confirm = app.dialog(`Accept all ${dates} dates?`);
  await expect(confirm.getByRole('button', { name: 'Keep reviewing' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(confirm).toBeHidden();
  expect((await review.counts()).Dates).toBe(dates);
  await review.group('Dates').getByRole('button', { name: `Accept all ${dates} dates` }).click();
  await confirm.getByRole('button', { name: `Accept ${dates}` }).click();
  await expect(app.toast(`Accepted ${dates} dates`)).toBeVisible();
  await expect.poll(async () => (await review.counts()).Dates).toBeUndefined();
  // Each is an annotation now (the highlights paint only the sections on screen: the list counts them all).
  await expect(review.inspector.getByRole('region', { name: 'Annotations in this source' }).getByRole('heading')).toHaveText(`Annotations (${dates})`);

  await page.keyboard.press('ControlOrMeta+K');
  await page.getByRole('combobox').fill('analyze all');
  await page.keyboard.press('Enter');
  await expect(app.toast(/Analysis finished/).last()).toContainText('in 1 source');

  await review.focusReader();
  await page.keyboard.press('?');
  const sheet = app.dialog('Keyboard shortcuts');
  await expect(sheet.getByRole('heading', { name: 'Review suggestions in a source' })).toBeVisible();
  await expect(sheet.locator('.shortcut-row').filter({ hasText: 'Next suggestion' })).toContainText('J');
});
