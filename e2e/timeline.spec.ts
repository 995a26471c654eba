import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from './support/fixtures';
import { highlightCounts, selectWithMouse } from './support/select-text';
import { TimelinePage } from './support/timeline-page';

test.describe('the timeline', () => {
  test.beforeEach(async ({ app, page }) => {
    await app.runFileCommand('Open the sample investigation');
    await expect(app.title).toHaveText('Sample investigation');
    await page.getByRole('table', { name: 'Sources' }).getByRole('link').first().click();
    await expect(page.locator('article.reader[data-ready]')).toBeVisible();

    // An event on a day, about Halden Systems.
    const inspector = page.getByRole('complementary', { name: 'Inspector' });
    await selectWithMouse(page, 'told employees on Wednesday');
    await page.keyboard.press('t');
    await inspector.getByLabel('What happened').fill('Okafor tells staff about the contract');
    await inspector.getByLabel('When (from)').fill('2026-03-11');
    await inspector.getByLabel('When (from)').press('Enter');
    await expect(inspector.getByText('March 11, 2026')).toBeVisible();
    const involved = inspector.getByRole('combobox', { name: 'Add someone or something' });
    await involved.fill('Halden Systems');
    await involved.press('Enter');
    await expect(inspector.locator('.entity-chip').filter({ hasText: 'Halden Systems' })).toBeVisible();
    await expect.poll(() => highlightCounts(page)).toMatchObject({ 'ann-event': 1 });

    // A quote with the date it was said, a month.
    await selectWithMouse(page, '“the right work, done in the open,”');
    await page.getByRole('toolbar', { name: 'Tag the selected text' }).getByRole('button', { name: /Quote/ }).click();
    const speaker = inspector.getByRole('combobox', { name: 'Speaker' });
    await speaker.fill('Adaeze Okafor');
    await speaker.press('Enter');
    await expect(inspector.locator('.entity-chip')).toHaveText('Adaeze Okafor');
    await inspector.getByLabel('Said on').fill('2026-03');
    await inspector.getByLabel('Said on').press('Enter');
    await expect.poll(() => highlightCounts(page)).toMatchObject({ 'ann-quote': 1 });

    await page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Timeline' }).click();
    await expect(page).toHaveURL(/#\/timeline$/);
  });

  test('lists, adds, filters, zooms, opens the source span and exports', async ({ page, dataDir }) => {
    const timeline = new TimelinePage(page);
    await expect(timeline.items).toHaveCount(2);

    // Events typed on the timeline, at a month and at an approximate year (N when the list has focus).
    await timeline.list.focus();
    await page.keyboard.press('n');
    await timeline.addEvent({ what: 'Lindqvist cancels the FBIA pilot', when: '2020-09', entity: 'Halden Systems' });
    await page.getByRole('button', { name: 'Add event', exact: true }).first().click();
    await timeline.addEvent({ what: 'Halden is founded', when: '2009', approximate: true });
    await expect(timeline.items).toHaveCount(4);

    // In time order under year and month headings; the approximate year says so.
    await expect(timeline.items.locator('.tl-list-headline')).toHaveText(['Halden is founded', 'Lindqvist cancels the FBIA pilot', /the right work/, 'Okafor tells staff about the contract']);
    await expect(timeline.items.first().locator('.tl-list-date')).toHaveText(/c\.|about|~/);
    await expect(timeline.list.getByRole('heading', { name: 'September 2020' })).toBeVisible();

    // Arrows and Enter open a card.
    await timeline.list.focus();
    await page.keyboard.press('Home');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Enter');
    await expect(timeline.card.getByRole('heading', { name: 'Lindqvist cancels the FBIA pilot' })).toBeVisible();

    // Filter by an entity: kept in the route, and only its items are left.
    const entities = page.getByRole('region', { name: 'Filters' }).getByRole('combobox', { name: 'Entities' });
    await entities.fill('Halden Sys');
    await entities.press('Enter');
    await expect(page).toHaveURL(/#\/timeline\?entities=\d+$/);
    await expect(timeline.items).toHaveCount(2);
    await expect(timeline.items.locator('.tl-list-headline')).toHaveText(['Lindqvist cancels the FBIA pilot', 'Okafor tells staff about the contract']);
    await page.reload();
    await expect(timeline.items).toHaveCount(2);
    await page.getByRole('button', { name: 'Clear filters' }).first().click();
    await expect(page).toHaveURL(/#\/timeline$/);
    await expect(timeline.items).toHaveCount(4);

    // The axis: bars, zoom with the keys.
    await timeline.layout('Axis').click();
    await expect(page).toHaveURL(/layout=axis/);
    await expect(timeline.bars.first()).toBeVisible();
    await timeline.stage.focus();
    const before = await timeline.msPerPx();
    await page.keyboard.press('+');
    await page.keyboard.press('+');
    await expect.poll(() => timeline.msPerPx()).toBeLessThan(before / 2);
    await page.keyboard.press('-');
    await page.keyboard.press('-');
    await expect.poll(() => timeline.msPerPx()).toBeGreaterThan(before * 0.9);
    await page.getByRole('combobox', { name: 'Lanes by' }).selectOption('entity');
    await expect(page).toHaveURL(/lanes=entity/);
    await expect(page.locator('.tl-lane-label').filter({ hasText: 'Halden Systems' })).toBeVisible();

    // Exports, from the services, of what is shown.
    const json = JSON.parse(await timeline.export('TimelineJS JSON', dataDir)) as { events: Array<{ text: { headline: string }; start_date: { year: string | number } }> };
    expect(json.events).toHaveLength(4);
    expect(json.events.map((event) => event.text.headline)).toContain('Lindqvist cancels the FBIA pilot');
    expect(json.events.find((event) => event.text.headline === 'Halden is founded')!.start_date.year).toEqual(expect.anything());
    const csv = await timeline.export('TimelineJS spreadsheet (CSV)', dataDir);
    expect(csv.replace(/^\uFEFF/, '').split(/\r?\n/)[0]).toBe('Year,Month,Day,Time,End Year,End Month,End Day,End Time,Display Date,Headline,Text,Media,Media Credit,Media Caption,Media Thumbnail,Type,Group,Background');
    expect(csv).toContain('Okafor tells staff about the contract');
    const svg = await timeline.export('Image of this view (SVG)', dataDir);
    expect(svg).toMatch(/^<svg [^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);

    // A bar opens its card, and the card opens the source at the span.
    await timeline.stage.locator('.tl-bar', { hasText: 'Okafor tells staff' }).click();
    await expect(timeline.card).toContainText('Halden Systems');
    await timeline.card.getByRole('button', { name: 'Open in source' }).click();
    await expect(page).toHaveURL(/#\/sources\/\d+\/annotation\/\d+$/);
    await expect(page.getByRole('complementary', { name: 'Inspector' }).getByRole('heading', { name: 'Event' })).toBeVisible();
  });

  test('an event typed on the timeline is edited, deleted from its card, and brought back with undo', async ({ page, app }) => {
    const timeline = new TimelinePage(page);
    await page.getByRole('button', { name: 'Add event', exact: true }).first().click();
    await timeline.addEvent({ what: 'Pilot signed', when: '2020-04' });
    await timeline.card.getByRole('button', { name: 'Edit' }).click();
    await expect(timeline.form.getByLabel('When', { exact: true })).toHaveValue('2020-04');
    await timeline.form.getByLabel('When', { exact: true }).fill('2020-03');
    await timeline.form.getByLabel('Until (optional)').fill('2020-05');
    await timeline.form.getByRole('button', { name: 'Save' }).click();
    await expect(timeline.card.locator('.tl-card-date')).not.toHaveText('April 2020');
    await expect(timeline.items.filter({ hasText: 'Pilot signed' })).toHaveCount(1);
    const edited = await timeline.card.locator('.tl-card-date').textContent();

    // Deleting asks nothing and can be undone: the event comes back as it was, with its card.
    await timeline.card.getByRole('button', { name: 'Delete' }).click();
    await expect(timeline.items.filter({ hasText: 'Pilot signed' })).toHaveCount(0);
    await expect(app.toast('Event deleted')).toBeVisible();
    await timeline.list.focus();
    await page.keyboard.press('Control+z');
    await expect(timeline.items.filter({ hasText: 'Pilot signed' })).toHaveCount(1);
    await expect(timeline.card.locator('.tl-card-date')).toHaveText(edited!);

    // Undo again takes back the edit; redo puts it back.
    await page.keyboard.press('Control+z');
    await expect(timeline.card.locator('.tl-card-date')).toHaveText('April 2020');
    await page.keyboard.press('Control+Shift+z');
    await expect(timeline.card.locator('.tl-card-date')).toHaveText(edited!);
  });

  test('two sources dating one event a day apart are a conflict; the reporter can say they differ, or link others as one', async ({ page, app, dataDir }) => {
    const timeline = new TimelinePage(page);
    const inspector = page.getByRole('complementary', { name: 'Inspector' });

    // A second outlet's report of the same briefing, dated a day later.
    const wire = path.join(dataDir, 'wire-report.md');
    fs.writeFileSync(wire, '---\ntitle: Halden briefs staff on FBIA deal\noutlet: Wire\ndate: 2026-03-13\n---\n\nHalden Systems briefed its employees on 12 March 2026 about the agency contract.\n');
    await app.navItem('Sources').click();
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Import files…' }).click();
    await (await chooser).setFiles([wire]);
    // A single file opens in the reader once imported.
    await expect(page.locator('article.reader[data-ready]').getByRole('heading', { name: 'Halden briefs staff on FBIA deal' })).toBeVisible();
    await selectWithMouse(page, 'briefed its employees on 12 March 2026');
    await page.keyboard.press('t');
    await inspector.getByLabel('What happened').fill('Halden briefs staff on the contract');
    await inspector.getByLabel('When (from)').fill('2026-03-12');
    await inspector.getByLabel('When (from)').press('Enter');
    const involved = inspector.getByRole('combobox', { name: 'Add someone or something' });
    await involved.fill('Halden Systems');
    await involved.press('Enter');
    await expect(inspector.locator('.entity-chip').filter({ hasText: 'Halden Systems' })).toBeVisible();

    // On the timeline: one conflict, with each source's date, and both items marked.
    await app.navItem('Timeline').click();
    const conflicts = page.getByRole('button', { name: /^Conflicts/ });
    await expect(conflicts).toHaveText('Conflicts (1)');
    await expect(timeline.items.filter({ has: page.locator('.tl-conflict-mark') })).toHaveCount(2);
    await conflicts.click();
    const panel = inspector.getByRole('region', { name: 'Conflicts' });
    await expect(panel).toContainText('Two events about Halden Systems, dated a day apart: 11 March 2026');
    await expect(panel).toContainText('12 March 2026 (Wire)');

    // From an item's card: "not the same event" clears it, and undo brings it back.
    await panel.getByRole('button', { name: /12 March 2026/ }).click();
    await expect(timeline.card.getByRole('heading', { name: 'Halden briefs staff on the contract' })).toBeVisible();
    await timeline.card.getByRole('button', { name: 'Not the same event' }).click();
    await expect(conflicts).toHaveText('Conflicts (0)');
    await expect(timeline.card.getByRole('region', { name: 'Linked by you' })).toContainText('A different event from 11 March 2026');
    await timeline.list.focus();
    await page.keyboard.press('Control+z');
    await expect(conflicts).toHaveText('Conflicts (1)');

    // Linking by hand: the quote said in March is the same occasion as the briefing on the 11th.
    await timeline.items.filter({ hasText: 'the right work' }).click();
    await timeline.card.getByRole('button', { name: 'Same event as…' }).click();
    const picker = timeline.card.getByRole('combobox', { name: 'The same event as…' });
    await picker.fill('okafor tells');
    await expect(timeline.card.getByRole('option')).toHaveCount(1);
    await picker.press('Enter');
    await expect(timeline.card.getByRole('region', { name: 'Linked by you' })).toContainText('One event with 11 March 2026');
    await expect(timeline.card.getByRole('region', { name: 'Conflict' })).toContainText(
      'You linked these as one event, but they are dated differently: March 2026 (The Northshore Ledger), 11 March 2026 (The Northshore Ledger) and 12 March 2026 (Wire).',
    );
    await expect(conflicts).toHaveText('Conflicts (1)');
    await expect(timeline.items.filter({ has: page.locator('.tl-conflict-mark') })).toHaveCount(3);

    // Kept in the file.
    await page.reload();
    await expect(page.getByRole('button', { name: /^Conflicts/ })).toHaveText('Conflicts (1)');
    await expect(timeline.items.filter({ has: page.locator('.tl-conflict-mark') })).toHaveCount(3);
  });
});
