import { expect, test, type Page } from './support/fixtures';
import type { AppPage } from './support/app-page';
import { callFromPage, saveSpeakerComparison } from './support/compare-setup';
import { NotesPage } from './support/notes-page';
import { selectWithMouse } from './support/select-text';

const OKAFOR_QUOTE = '“the right work, done in the open,”';
const LINDQVIST_QUOTE = '“When we cancelled, we did not say that border agencies are illegitimate, or that we would never work for a government,”';
const SOURCE_TITLE = 'Halden Systems chief defends border contract as employees revisit a 2020 promise';

test('a saved comparison is inserted in a note by key and by toolbar, follows a rename, persists, opens in Compare, and says when it was deleted', async ({ app, page }) => {
  test.setTimeout(60_000);
  await tagTwoSpeakersInSample(app, page);
  // The comparisons are saved, and below renamed and deleted, through the service the Compare
  // view calls, standing for that view in another window while this note stays open: what is
  // tested here is the block following them live. The Compare view's own save, rename and delete
  // are driven by hand in compare.spec.ts.
  const why = await saveSpeakerComparison(page, 'Why the FBIA work', ['Tomas Lindqvist', 'Adaeze Okafor'], ['When we cancelled', 'the right work']);
  const chiefs = await saveSpeakerComparison(page, 'Chiefs side by side', ['Adaeze Okafor', 'Tomas Lindqvist']);

  const notes = new NotesPage(page);
  await notes.open();
  await notes.create('Two chiefs');
  const keys = page.keyboard;
  await keys.type('Their reasons:');
  await keys.press('Enter');

  // By key: the picker lists the saved comparisons, newest first, and narrows as words are typed.
  await keys.press('ControlOrMeta+Shift+M');
  const picker = app.dialog('Insert a comparison');
  await expect(picker.getByRole('combobox')).toBeFocused();
  await expect(picker.getByRole('option')).toHaveText([/^Chiefs side by side/, /^Why the FBIA work/]);
  await keys.type('fbia');
  await expect(picker.getByRole('option')).toHaveCount(1);
  await keys.press('Enter');
  await expect(picker).toBeHidden();
  await expect(notes.text).toBeFocused();

  const first = notes.comparisons.first();
  await expect(first.locator('.comparison-block-name')).toHaveText('Why the FBIA work');
  await expect(first.locator('thead th')).toHaveText(['Tomas Lindqvist', 'Adaeze Okafor']);
  await expect(first.locator('.comparison-block-reason')).toHaveText(/pinned/);
  const cells = first.locator('.comparison-block-row').first().locator('td');
  await expect(cells.nth(0).locator('.comparison-block-words')).toHaveText(/^When we cancelled, we did not say/);
  await expect(cells.nth(0).locator('.comparison-block-meta')).toContainText('2026');
  await expect(cells.nth(0).locator('.comparison-block-meta cite')).toHaveText(SOURCE_TITLE);
  await expect(cells.nth(1).locator('.comparison-block-words')).toHaveText('the right work, done in the open');
  await expect(cells.nth(1).locator('.comparison-block-meta')).toContainText('11');
  await expect(first.getByRole('link', { name: 'Open in Compare' })).toHaveAttribute('href', `#/compare/${why.id}`);

  // By the toolbar: Escape goes back to the text; arrows choose, Enter inserts.
  await keys.type('And by speaker:');
  const button = notes.toolbar.getByRole('button', { name: 'Insert comparison' });
  await expect(button).toHaveAttribute('title', /Insert comparison \((Ctrl|⌘)/);
  await button.click();
  await expect(picker.getByRole('option')).toHaveCount(2);
  await keys.press('Escape');
  await expect(picker).toBeHidden();
  await expect(notes.text).toBeFocused();
  await button.click();
  await expect(picker.getByRole('option')).toHaveCount(2);
  await keys.press('ArrowDown');
  await expect(picker.getByRole('option', { name: /Why the FBIA work/ })).toHaveAttribute('aria-selected', 'true');
  await keys.press('ArrowUp');
  await keys.press('Enter');
  await expect(notes.comparisons).toHaveCount(2);
  const second = notes.comparisons.nth(1);
  await expect(second.locator('.comparison-block-name')).toHaveText('Chiefs side by side');
  await expect(second.locator('thead th')).toHaveText(['Adaeze Okafor', 'Tomas Lindqvist']);
  await expect(notes.text.locator('p')).toHaveText(['Their reasons:', 'And by speaker:', '']);

  // Renamed (as the Compare view will): the block shows the new name at once.
  await callFromPage(page, 'compare.rename', { id: why.id, name: 'Why the border work' });
  await expect(first.locator('.comparison-block-name')).toHaveText('Why the border work');
  await expect(notes.saveState).toHaveText('Saved');

  // Kept: after a reload the note holds both blocks, read afresh.
  await page.reload();
  await notes.open();
  await expect(notes.title).toHaveValue('Two chiefs');
  await expect(notes.comparisons.locator('.comparison-block-name')).toHaveText(['Why the border work', 'Chiefs side by side']);
  await expect(notes.comparisons.first().locator('.comparison-block-row td').first()).toContainText('When we cancelled');

  // Arrow onto a block to select it, click back into the text, arrow onto the next; Enter opens it.
  await notes.text.locator('p').first().click();
  await keys.press('End');
  await keys.press('ArrowDown');
  await expect(notes.comparisons.first()).toHaveClass(/is-selected/);
  await notes.text.locator('p').nth(1).click();
  await keys.press('End');
  await keys.press('ArrowDown');
  await expect(notes.comparisons.first()).not.toHaveClass(/is-selected/);
  await expect(notes.comparisons.nth(1)).toHaveClass(/is-selected/);
  await keys.press('Enter');
  await expect(page).toHaveURL(new RegExp(`#/compare/${chiefs.id}$`));

  // Deleted (as the Compare view will): the block keeps its name and headings, struck through, and says so.
  await notes.open();
  await expect(notes.comparisons).toHaveCount(2);
  await callFromPage(page, 'compare.delete', { id: why.id });
  const deleted = notes.comparisons.first();
  await expect(deleted.getByRole('note')).toHaveText(/comparison was deleted/);
  await expect(deleted.locator('.comparison-block-name')).toHaveText('Why the FBIA work');
  await expect(deleted.locator('.comparison-block-name')).toHaveCSS('text-decoration-line', 'line-through');
  await expect(deleted.locator('thead th')).toHaveText(['Tomas Lindqvist', 'Adaeze Okafor']);
  await expect(deleted.getByRole('link', { name: 'Open in Compare' })).toHaveCount(0);
  await expect(notes.comparisons.nth(1).locator('.comparison-block-name')).toHaveText('Chiefs side by side');

  // Backspace removes the selected block; undo brings it back, still saying what became of it.
  await notes.text.locator('p').first().click();
  await keys.press('End');
  await keys.press('ArrowDown');
  await expect(deleted).toHaveClass(/is-selected/);
  await keys.press('Backspace');
  await expect(notes.comparisons).toHaveCount(1);
  await expect(notes.comparisons.locator('.comparison-block-name')).toHaveText('Chiefs side by side');
  await keys.press('ControlOrMeta+z');
  await expect(notes.comparisons).toHaveCount(2);
  await expect(notes.comparisons.first().getByRole('note')).toHaveText(/comparison was deleted/);
});

/** Opens the sample's article and tags a quote of each chief executive, with the speaker and the date said, as a reporter does. */
async function tagTwoSpeakersInSample(app: AppPage, page: Page): Promise<void> {
  await app.runFileCommand('Open the sample investigation');
  await page.getByRole('table', { name: 'Sources' }).getByRole('link').first().click();
  await expect(page.locator('article.reader[data-ready]')).toBeVisible();
  await tagQuote(page, OKAFOR_QUOTE, 'Adaeze Okafor', '2026-03-11');
  await tagQuote(page, LINDQVIST_QUOTE, 'Tomas Lindqvist', '2026-03');
}

async function tagQuote(page: Page, quotation: string, speaker: string, saidOn: string): Promise<void> {
  const inspector = page.getByRole('complementary', { name: 'Inspector' });
  await selectWithMouse(page, quotation);
  await page.keyboard.press('q');
  const speakerField = inspector.getByRole('combobox', { name: 'Speaker' });
  await expect(speakerField).toBeFocused();
  await speakerField.fill(speaker);
  await speakerField.press('Enter');
  await expect(inspector.locator('.entity-chip')).toHaveText(speaker);
  await inspector.getByLabel('Said on').fill(saidOn);
  await inspector.getByLabel('Said on').press('Enter');
  await expect(inspector.getByLabel('Said on')).toHaveValue(saidOn);
}
