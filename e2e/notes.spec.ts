import path from 'node:path';
import { expect, test } from './support/fixtures';
import { AppPage } from './support/app-page';
import { NotesPage } from './support/notes-page';
import { startServer, type RunningServer } from './support/server';
import { makeLongSource } from './support/long-source';
import { ReaderPage } from './support/reader-page';
import { writeInvestigationWith } from './support/seed-investigation';
import { selectWithMouse } from './support/select-text';
import { tagQuote } from './support/tag-quote';

const SAMPLE_FILE = 'Sample investigation.sourcebook';
const QUOTATION = '“the right work, done in the open,”';

test('a note typed with the keyboard survives the server being killed within a second of the last keystroke', async ({ page, dataDir }) => {
  const file = path.join(dataDir, 'Killed.sourcebook');
  const servers: RunningServer[] = [await startServer({ dataDir, file })];
  try {
    await new AppPage(page).load(servers[0]!.url);
    const notes = new NotesPage(page);
    await notes.open();
    await expect(page.getByRole('region', { name: 'Your notebook' })).toBeVisible();
    await notes.create('Interview plan');

    const keys = page.keyboard;
    await keys.type('Questions for Okafor');
    await keys.press('ControlOrMeta+Alt+1');
    await keys.press('Enter');
    await keys.press('ControlOrMeta+Shift+8');
    await keys.type('Who signed the 2020 letter?');
    await keys.press('Enter');
    await keys.type('Was the board told?');
    await keys.press('Enter');
    await keys.press('Enter');
    const saves = await notes.watchSaves();
    await keys.type('The memo is ');
    await keys.press('ControlOrMeta+b');
    await keys.type('dated September 2020');
    await keys.press('ControlOrMeta+b');
    await keys.type('.');
    const lastKeystroke = Date.now();

    await saves.saved();
    await expect(notes.saveState).toHaveText('Saved');
    expect(Date.now() - lastKeystroke).toBeLessThan(1000);
    await servers[0]!.kill();

    servers.push(await startServer({ dataDir, file }));
    await new AppPage(page).load(servers[1]!.url);
    await notes.open();
    await expect(notes.title).toHaveValue('Interview plan');
    await expect(notes.text.getByRole('heading', { level: 1 })).toHaveText('Questions for Okafor');
    await expect(notes.text.getByRole('listitem')).toHaveText(['Who signed the 2020 letter?', 'Was the board told?']);
    await expect(notes.text.locator('p')).toHaveText('The memo is dated September 2020.');
    await expect(notes.text.locator('strong')).toHaveText('dated September 2020');
  } finally {
    for (const server of servers) await server.stop();
  }
});

test('an @mention and a quote card written into a note survive a killed server, and the card opens its quote in the source', async ({ page, dataDir }) => {
  const servers: RunningServer[] = [await startServer({ dataDir })];
  try {
    const app = new AppPage(page);
    await app.load(servers[0]!.url);
    await tagQuoteInSample(app, page);

    const notes = new NotesPage(page);
    await notes.open();
    await notes.create('Okafor');
    const keys = page.keyboard;
    await keys.type('Call @okaf');
    const menu = page.getByRole('listbox', { name: 'Entities' });
    await expect(menu.getByRole('option', { name: /Adaeze Okafor/ })).toHaveAttribute('aria-selected', 'true');
    await keys.press('Enter');
    await expect(menu).toBeHidden();
    await keys.type('about her letter:');
    await keys.press('ControlOrMeta+Shift+Q');
    const picker = app.dialog('Insert a quote card');
    await expect(picker.getByRole('combobox')).toBeFocused();
    await keys.type('open');
    await expect(picker.getByRole('option')).toHaveCount(1);
    await keys.press('Enter');
    await expect(picker).toBeHidden();
    await expect(notes.text).toBeFocused();
    const saves = await notes.watchSaves();
    await keys.type('Ask who drafted it.');
    const lastKeystroke = Date.now();
    await saves.saved();
    await expect(notes.saveState).toHaveText('Saved');
    expect(Date.now() - lastKeystroke).toBeLessThan(1000);
    await servers[0]!.kill();

    servers.push(await startServer({ dataDir, file: path.join(dataDir, SAMPLE_FILE) }));
    await new AppPage(page).load(servers[1]!.url);
    await notes.open();
    await expect(notes.title).toHaveValue('Okafor');
    const mention = notes.text.getByRole('link', { name: 'Adaeze Okafor' });
    await expect(mention).toHaveAttribute('href', /#\/entities\/\d+$/);
    await expect(notes.text.locator('p').first()).toHaveText('Call Adaeze Okafor about her letter:');
    const card = notes.text.getByRole('figure', { name: 'Quote card' });
    await expect(card.locator('blockquote')).toHaveText('the right work, done in the open');
    await expect(card.locator('figcaption')).toContainText('Adaeze Okafor');
    await expect(card.locator('figcaption')).toContainText('letter to employees');
    await expect(notes.text.locator('p').last()).toHaveText('Ask who drafted it.');

    // Following the card: the reader opens at the quote, selected in the inspector.
    await card.getByRole('link', { name: 'Open in source' }).click();
    await expect(page).toHaveURL(/#\/sources\/\d+\/annotation\/\d+$/);
    const inspector = page.getByRole('complementary', { name: 'Inspector' });
    await expect(inspector.getByRole('heading', { name: 'Quote' })).toBeVisible();
    await expect(inspector.locator('.annotation-exact')).toHaveText(QUOTATION);
  } finally {
    for (const server of servers) await server.stop();
  }
});

test('a mention follows a rename, a removed quote keeps its card, and cards are reached and removed by keyboard', async ({ app, page }) => {
  await tagQuoteInSample(app, page);

  const notes = new NotesPage(page);
  await notes.open();
  await notes.create('Renames');
  await page.keyboard.type('@Adaeze');
  await page.keyboard.press('Tab');
  await page.keyboard.press('ControlOrMeta+Shift+Q');
  await expect(app.dialog('Insert a quote card').getByRole('option')).toHaveCount(1);
  await page.keyboard.press('Enter');
  const card = notes.text.getByRole('figure', { name: 'Quote card' });
  await expect(card).toBeVisible();
  await expect(notes.saveState).toHaveText('Saved');

  // Renamed in the registry: the note shows the new name, in the mention and on the card.
  await page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Entities' }).click();
  await page.getByRole('link', { name: 'Adaeze Okafor' }).first().click();
  const name = page.getByRole('textbox', { name: 'Name' });
  await name.fill('Adaeze N. Okafor');
  await name.press('Enter');
  await notes.open();
  await expect(notes.text.getByRole('link', { name: 'Adaeze N. Okafor' })).toBeVisible();
  await expect(card.locator('figcaption')).toContainText('Adaeze N. Okafor');

  // The quote untagged in the reader: the card keeps its words and says so.
  await card.getByRole('link', { name: 'Open in source' }).click();
  const inspector = page.getByRole('complementary', { name: 'Inspector' });
  await inspector.getByRole('button', { name: 'Remove quote' }).click();
  await notes.open();
  await expect(card.locator('blockquote')).toHaveText('the right work, done in the open');
  await expect(card.getByRole('note')).toHaveText(/no longer tagged in its source/);

  // Arrow keys reach the card from the text above; Backspace removes it, undo brings it back.
  await notes.text.locator('p').first().click();
  await page.keyboard.press('End');
  await page.keyboard.press('ArrowDown');
  await expect(card).toHaveClass(/is-selected/);
  await page.keyboard.press('Backspace');
  await expect(card).toHaveCount(0);
  await page.keyboard.press('ControlOrMeta+z');
  await expect(notes.text.getByRole('figure', { name: 'Quote card' })).toBeVisible();
});

test('notes are renamed where their title is shown, and deleted after a confirmation', async ({ app, page }) => {
  const notes = new NotesPage(page);
  await notes.open();
  await notes.create('Draft');
  await notes.create('Call list');
  await expect(notes.list.getByRole('link')).toHaveCount(2);

  await notes.listItem('Draft').click();
  await notes.title.fill('Draft of the Halden story');
  await notes.title.press('Enter');
  await expect(notes.listItem('Draft of the Halden story')).toBeVisible();
  await page.reload();
  await expect(notes.listItem('Draft of the Halden story')).toBeVisible();

  await notes.listItem('Call list').focus();
  await page.keyboard.press('Delete');
  const dialog = app.dialog('Delete this note?');
  await expect(dialog).toContainText('“Call list” and everything written in it will be removed');
  await dialog.getByRole('button', { name: 'Keep it' }).click();
  await expect(notes.listItem('Call list')).toBeVisible();

  await notes.listItem('Call list').hover();
  await page.getByRole('button', { name: 'Delete “Call list”' }).click();
  await app.dialog('Delete this note?').getByRole('button', { name: 'Delete note' }).click();
  await expect(app.toast('Deleted “Call list”')).toBeVisible();
  await expect(notes.list.getByRole('link')).toHaveCount(1);
  await expect(notes.title).toHaveValue('Draft of the Halden story');
});

test('the toolbar is reached from the keyboard, links are checked, and undo takes a change back', async ({ app, page }) => {
  const notes = new NotesPage(page);
  await notes.open();
  await notes.create('Sources to call');
  await page.keyboard.type('Ledger archive');
  await page.keyboard.press('Shift+Home');
  await page.keyboard.press('ControlOrMeta+Shift+L');
  const address = page.getByRole('textbox', { name: 'Link to' });
  await expect(address).toBeFocused();
  await address.fill('javascript:alert(1)');
  await address.press('Enter');
  await expect(page.getByRole('alert')).toHaveText('A link is a web address (https://…) or mailto:');
  await address.fill('news.example.com/ledger');
  await address.press('Enter');
  await expect(notes.text.getByRole('link', { name: 'Ledger archive' })).toHaveAttribute('href', 'https://news.example.com/ledger');
  await expect(notes.text).toBeFocused();

  await page.keyboard.press('Alt+F10');
  await expect(notes.toolbar.getByRole('button', { name: 'Heading', exact: true })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(notes.text).toBeFocused();
  await page.keyboard.press('Alt+F10');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(notes.toolbar.getByRole('button', { name: 'Bulleted list' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(notes.text.getByRole('listitem')).toHaveText('Ledger archive');
  await expect(notes.toolbar.getByRole('button', { name: 'Bulleted list' })).toHaveAttribute('aria-pressed', 'true');
  // Applying a format hands the focus back to the text, where the caret was.
  await expect(notes.text).toBeFocused();

  await page.keyboard.press('ControlOrMeta+z');
  await expect(notes.text.getByRole('listitem')).toHaveCount(0);
  await expect(notes.text.getByRole('link', { name: 'Ledger archive' })).toBeVisible();
  await expect(notes.saveState).toHaveText('Saved');
  await page.reload();
  await expect(notes.text.getByRole('link', { name: 'Ledger archive' })).toBeVisible();
  await expect(notes.text.getByRole('listitem')).toHaveCount(0);
  // Opening a note is not a change. Leaving its text sends anything unsaved at once, so a
  // change wrongly seen in the opening would show as "Saving…" by the next frame.
  await notes.text.focus();
  await notes.title.focus();
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  expect(await notes.saveState.textContent()).toBe('');
});

test('an open note follows what another window saves while nothing is unsaved in it', async ({ app, page, server }) => {
  const notes = new NotesPage(page);
  await notes.open();
  await notes.create('Shared plan');
  await page.keyboard.type('First line.');
  await expect(notes.saveState).toHaveText('Saved');

  const other = await page.context().newPage();
  await new AppPage(other).load(server.url);
  const otherNotes = new NotesPage(other);
  await otherNotes.open();
  await expect(otherNotes.text).toHaveText('First line.');
  await otherNotes.text.click();
  await other.keyboard.press('ControlOrMeta+End');
  await other.keyboard.type(' Added elsewhere.');
  await expect(otherNotes.saveState).toHaveText('Saved');

  await expect(notes.text).toHaveText('First line. Added elsewhere.');
  await expect(notes.listItem('Shared plan')).toContainText('First line. Added elsewhere.');
});

test('a save based on a version another window has replaced is refused, and the reporter chooses', async ({ app, page, server }) => {
  const notes = new NotesPage(page);
  await notes.open();
  await notes.create('Contested');
  await page.keyboard.type('Base.');
  await expect(notes.saveState).toHaveText('Saved');
  const other = await page.context().newPage();
  await new AppPage(other).load(server.url);
  const otherNotes = new NotesPage(other);
  await otherNotes.open();
  await expect(otherNotes.text).toHaveText('Base.');

  // This window's next save is held on its way, while the other window saves first.
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route('**/api/call/notes.save', async (route) => {
    await released;
    await route.continue();
  });
  const held = page.waitForRequest('**/api/call/notes.save');
  await page.keyboard.type(' Mine.');
  await held;
  await otherNotes.text.click();
  await other.keyboard.press('ControlOrMeta+End');
  await other.keyboard.type(' Theirs.');
  await expect(otherNotes.saveState).toHaveText('Saved');
  release();

  const banner = page.getByRole('alert').filter({ hasText: 'changed in another window' });
  await expect(banner).toBeVisible();
  await expect(notes.saveState).toHaveText('Not saved');
  await expect(notes.text).toHaveText('Base. Mine.');
  await page.unroute('**/api/call/notes.save');
  await banner.getByRole('button', { name: 'Keep my version' }).click();
  await expect(notes.saveState).toHaveText('Saved');
  await expect(banner).toBeHidden();
  // The other window had nothing unsaved, so it follows.
  await expect(otherNotes.text).toHaveText('Base. Mine.');
});

test('text typed into a note deleted in another window can be kept as a new note', async ({ app, page, server }) => {
  const notes = new NotesPage(page);
  await notes.open();
  await notes.create('Doomed');
  await page.keyboard.type('Keep this.');
  await expect(notes.saveState).toHaveText('Saved');

  const other = await page.context().newPage();
  await new AppPage(other).load(server.url);
  const otherNotes = new NotesPage(other);
  await otherNotes.open();
  await otherNotes.listItem('Doomed').hover();
  await other.getByRole('button', { name: 'Delete “Doomed”' }).click();
  await new AppPage(other).dialog('Delete this note?').getByRole('button', { name: 'Delete note' }).click();
  await expect(otherNotes.list).toBeHidden();

  await notes.text.click();
  await page.keyboard.press('ControlOrMeta+End');
  await page.keyboard.type(' And this.');
  const banner = page.getByRole('alert').filter({ hasText: 'This note was deleted' });
  await banner.getByRole('button', { name: 'Keep it as a new note' }).click();
  await expect(notes.title).toHaveValue('Doomed (kept)');
  await expect(notes.text).toHaveText('Keep this. And this.');
  await expect(otherNotes.listItem('Doomed (kept)')).toBeVisible();
  // The new note was given the deleted one's freed id: it must still be saved as itself.
  await notes.text.click();
  await page.keyboard.press('ControlOrMeta+End');
  await page.keyboard.type(' Then more.');
  await expect(notes.saveState).toHaveText('Saved');
  await expect(otherNotes.listItem('Doomed (kept)')).toContainText('Keep this. And this. Then more.');
});

test('a quote card opens a long report at its quote, however far down, rather than where the reader was', async ({ page, dataDir }) => {
  test.setTimeout(90_000);
  const source = makeLongSource();
  const file = path.join(dataDir, 'Long report.sourcebook');
  await writeInvestigationWith(file, source);
  const server = await startServer({ dataDir, file });
  try {
    await new AppPage(page).load(server.url);
    const reader = new ReaderPage(page);
    await reader.open(/Harbour dredging/);
    await reader.scroller.focus();
    await page.keyboard.press('End');
    const lastSentence = `one last word: ${source.lastWord}.`;
    await selectWithMouse(page, lastSentence);
    await page.keyboard.press('q');
    const inspector = page.getByRole('complementary', { name: 'Inspector' });
    await expect(inspector.getByRole('heading', { name: 'Quote' })).toBeVisible();
    // Back at the top: the reader would reopen here, where it was left.
    await reader.scroller.focus();
    await page.keyboard.press('Home');
    await expect(reader.scroller.getByText(lastSentence)).not.toBeInViewport();

    const notes = new NotesPage(page);
    await notes.open();
    await notes.create('Report');
    await page.keyboard.press('ControlOrMeta+Shift+Q');
    await expect(page.getByRole('dialog', { name: 'Insert a quote card' }).getByRole('option')).toHaveCount(1);
    await page.keyboard.press('Enter');
    await notes.text.getByRole('link', { name: 'Open in source' }).click();
    await expect(reader.scroller.getByText(lastSentence)).toBeInViewport();
    await expect(inspector.locator('.annotation-exact')).toHaveText(lastSentence);
  } finally {
    await server.stop();
  }
});

/** Opens the sample's article and tags its first quotation, said by a new speaker in a letter. */
async function tagQuoteInSample(app: AppPage, page: import('@playwright/test').Page): Promise<void> {
  await app.runFileCommand('Open the sample investigation');
  await page.getByRole('table', { name: 'Sources' }).getByRole('link').first().click();
  await expect(page.locator('article.reader[data-ready]')).toBeVisible();
  await tagQuote(page, QUOTATION, 'Adaeze Okafor', 'letter to employees');
}
