import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from './support/fixtures';
import type { AppPage } from './support/app-page';

/** A memo naming the company three ways, and the town of Halden once (not the company). */
const MEMO = [
  'Border contract memo',
  '',
  'Halden Systems signed the border contract in 2019 without a tender.',
  '',
  'Staff at HALDEN Systems’s main office objected in writing.',
  '',
  'A spokesperson for Haldén Systems declined to comment. The town of Halden was not involved.',
].join('\n');

/** Imports one text file through the file chooser and waits for the reader to show it. */
async function importMemo(app: AppPage, page: Page, dir: string): Promise<void> {
  const file = path.join(dir, 'memo.txt');
  writeFileSync(file, MEMO);
  await app.navItem('Sources').click();
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import files…' }).click();
  await (await chooser).setFiles([file]);
  await expect(page.getByRole('article').getByRole('heading', { level: 1 })).toHaveText('Border contract memo');
}

async function createEntity(page: Page, app: AppPage, name: string, type: string): Promise<void> {
  await page.getByRole('button', { name: 'New entity…' }).click();
  const dialog = app.dialog('New entity');
  await dialog.getByLabel('Name').fill(name);
  await dialog.getByRole('radio', { name: type }).check();
  await dialog.getByRole('button', { name: 'Add entity' }).click();
  await expect(dialog).toBeHidden();
  await expect(app.mainPane.getByRole('heading', { level: 1, name, exact: true })).toBeVisible();
}

const entityRows = (page: Page) => page.getByRole('table', { name: 'Entities' }).locator('tbody tr');

test('an organisation’s unlinked mentions are found in every spelling and linked in one step', async ({ app, page, dataDir }) => {
  await importMemo(app, page, dataDir);
  await app.navItem('Entities').click();
  await expect(page.getByRole('region', { name: 'People, organisations, places' })).toBeVisible();
  await createEntity(page, app, 'Halden Systems', 'Organisation');
  await expect(page.getByText('Organisation · 0 mentions')).toBeVisible();

  await page.getByRole('button', { name: 'Find unlinked mentions' }).click();
  const panel = page.getByRole('region', { name: 'Unlinked mentions' });
  await expect(panel.getByRole('status')).toHaveText('3 places in 1 source name “Halden Systems” without being tagged.');
  await expect(panel.locator('mark')).toHaveText(['Halden Systems', 'HALDEN Systems', 'Haldén Systems']);
  await expect(panel.getByRole('listitem').nth(1)).toContainText('Staff at HALDEN Systems’s main office objected');
  const boxes = panel.getByRole('checkbox');
  await expect(boxes).toHaveCount(3);
  for (const box of await boxes.all()) await expect(box).toBeChecked();

  await panel.getByRole('button', { name: 'Select none' }).click();
  await expect(panel.getByRole('button', { name: 'Link 0 mentions' })).toBeDisabled();
  await panel.getByRole('button', { name: 'Select all' }).click();
  await boxes.nth(2).uncheck();
  await expect(panel.getByRole('button', { name: 'Link 2 mentions' })).toBeEnabled();
  await boxes.nth(2).check();
  await panel.getByRole('button', { name: 'Link 3 mentions' }).click();

  await expect(app.toast('Linked 3 mentions of “Halden Systems”')).toBeVisible();
  await expect(panel).toBeHidden();
  await expect(page.getByText('Organisation · 3 mentions')).toBeVisible();
  const mentions = page.getByRole('list', { name: 'Mentions in Border contract memo' }).getByRole('listitem');
  await expect(mentions).toHaveCount(3);
  await expect(mentions.nth(0)).toContainText('Halden Systems signed the border contract');
  await expect(mentions.nth(2)).toContainText('A spokesperson for Haldén Systems declined to comment.');
  await expect(page.getByRole('link', { name: 'Border contract memo' })).toHaveAttribute('href', /#\/sources\/\d+$/);

  // Nothing is left to link, and the registry counts them.
  await page.getByRole('button', { name: 'Find unlinked mentions' }).click();
  await expect(panel.getByRole('status')).toContainText('No unlinked mentions');
  await page.getByRole('link', { name: 'All entities' }).click();
  await expect(entityRows(page)).toHaveCount(1);
  await expect(entityRows(page).first()).toContainText('Organisation');
  await expect(entityRows(page).first().locator('td').last()).toHaveText('3');

  // The source link opens the reader.
  await page.getByRole('link', { name: 'Halden Systems' }).click();
  await page.getByRole('link', { name: 'Border contract memo' }).click();
  await expect(page.getByRole('article').getByRole('heading', { level: 1 })).toHaveText('Border contract memo');
});

test('a mention on the entity page opens its source at that passage', async ({ app, page, dataDir }) => {
  await importMemo(app, page, dataDir);
  await app.navItem('Entities').click();
  await createEntity(page, app, 'Halden Systems', 'Organisation');
  await page.getByRole('button', { name: 'Find unlinked mentions' }).click();
  await page.getByRole('region', { name: 'Unlinked mentions' }).getByRole('button', { name: 'Link 3 mentions' }).click();
  const mentions = page.getByRole('list', { name: 'Mentions in Border contract memo' }).getByRole('link');
  await expect(mentions).toHaveCount(3);
  const second = mentions.nth(1);
  await expect(second).toContainText('Staff at HALDEN Systems’s main office objected');
  await expect(second).toHaveAttribute('href', /^#\/sources\/\d+\/annotation\/\d+$/);
  const href = await second.getAttribute('href');

  // Reached and followed with the keyboard, as a real link.
  await second.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL((url) => url.hash === href);
  await expect(page.locator('article.reader[data-ready]')).toBeVisible();
  await expect(page.getByRole('article').getByRole('heading', { level: 1 })).toHaveText('Border contract memo');
});

test('merging a duplicate moves it into the other, and Undo brings both back', async ({ app, page, dataDir }) => {
  await importMemo(app, page, dataDir);
  await app.navItem('Entities').click();
  await createEntity(page, app, 'Halden Systems', 'Organisation');
  await page.getByRole('link', { name: 'All entities' }).click();
  await createEntity(page, app, 'Halden', 'Organisation');
  const haldenHash = new URL(page.url()).hash;
  expect(haldenHash).toMatch(/^#\/entities\/\d+$/);

  await page.getByRole('button', { name: 'Merge into…' }).click();
  const dialog = app.dialog('Merge “Halden” into…');
  const picker = dialog.getByRole('combobox', { name: 'The entity it duplicates' });
  await picker.fill('systems');
  await expect(dialog.getByRole('option')).toHaveText([/Halden Systems/]);
  await picker.press('Enter');
  await expect(dialog.getByRole('status')).toContainText('Nothing is tagged as “Halden” yet.');
  await expect(dialog.getByRole('status')).toContainText('“Halden” becomes an alias of “Halden Systems”.');
  await dialog.getByRole('button', { name: 'Merge into “Halden Systems”' }).click();

  await expect(app.mainPane.getByRole('heading', { level: 1 })).toHaveText('Halden Systems');
  await expect(page.getByText('Organisation · also Halden · 0 mentions')).toBeVisible();
  const banner = page.getByRole('status').filter({ hasText: 'Merged “Halden” into “Halden Systems”.' });
  await expect(banner).toBeVisible();
  await expect(page.getByRole('region', { name: 'History' })).toContainText('Merged “Halden” into this one');
  const systemsHash = new URL(page.url()).hash;

  // A link to the merged entity, from a note written before the merge, says where it went.
  await page.evaluate((hash) => (window.location.hash = hash), haldenHash);
  await expect(app.mainPane.getByRole('status').filter({ hasText: 'was merged into' })).toHaveText(/“Halden” was merged into “Halden Systems”\./);
  await app.mainPane.getByRole('link', { name: '“Halden Systems”' }).click();
  await expect(page).toHaveURL((url) => url.hash === systemsHash);
  await expect(app.mainPane.getByRole('heading', { level: 1 })).toHaveText('Halden Systems');
  await page.getByRole('link', { name: 'All entities' }).click();
  await expect(entityRows(page)).toHaveCount(1);
  await expect(entityRows(page).first()).toContainText('Halden');

  await banner.getByRole('button', { name: 'Undo' }).click();
  await expect(app.toast('“Halden” is back')).toBeVisible();
  await expect(banner).toBeHidden();
  await expect(entityRows(page)).toHaveCount(2);
  await expect(entityRows(page).locator('td:first-child')).toHaveText(['Halden', 'Halden Systems']);
  await expect(entityRows(page).nth(1).locator('td').nth(2)).toHaveText('—');
});

test('an entity’s details are edited where they are shown, and its history says what changed', async ({ app, page }) => {
  await app.navItem('Entities').click();
  await createEntity(page, app, 'Dana Okafor', 'Person');
  const details = page.getByRole('complementary', { name: 'Details' });

  await details.getByLabel('Name').fill('Dana Okafor-Reyes');
  await details.getByLabel('Name').press('Tab');
  await expect(details.getByText('Saved')).toBeVisible();
  await expect(app.mainPane.getByRole('heading', { level: 1 })).toHaveText('Dana Okafor-Reyes');

  await details.getByLabel('New alias').fill('D. Okafor');
  await details.getByLabel('New alias').press('Enter');
  await expect(details.getByRole('list', { name: 'Aliases' }).getByRole('listitem')).toHaveText(['D. Okafor']);
  await details.getByLabel('New alias').fill('d. okafor');
  await details.getByLabel('New alias').press('Enter');
  await expect(details.getByRole('alert')).toHaveText('“Dana Okafor-Reyes” already goes by “d. okafor”.');

  await details.getByLabel('Description').fill('Chief executive of Halden Systems since 2018.');
  await details.getByLabel('Description').press('Tab');
  await expect(details.getByLabel('Description')).toHaveValue('Chief executive of Halden Systems since 2018.');
  await details.getByLabel('Type').selectOption('Organisation');
  await expect(page.getByText('Organisation · also D. Okafor')).toBeVisible();
  await details.getByLabel('Type').selectOption('Person');

  const history = page.getByRole('region', { name: 'History' });
  const edits = history.getByRole('listitem').filter({ hasText: 'Edited' });
  await expect(edits).toHaveCount(5);
  // Newest first: the last change is the type put back.
  await expect(edits.nth(0)).toContainText('TypeOrganisation → Person');
  await expect(edits.nth(3)).toContainText('Aliasesnone → D. Okafor');
  await expect(edits.nth(4)).toContainText('NameDana Okafor → Dana Okafor-Reyes');
  await expect(history.getByRole('listitem').last()).toContainText('Created as person');

  // The list finds it by an alias, whatever the case and accents.
  await page.getByRole('link', { name: 'All entities' }).click();
  await page.getByPlaceholder('Filter by name or alias').fill('D. OKÁFOR');
  await expect(entityRows(page)).toHaveCount(1);
  await page.getByPlaceholder('Filter by name or alias').fill('nobody');
  await expect(page.getByText('No entity matches “nobody”.')).toBeVisible();
});
