import { expect, test } from './support/fixtures';
import { AppPage } from './support/app-page';
import { startServer } from './support/server';

test.describe('the app frame', () => {
  test('a first start shows the sample, with a new investigation of your own one click away', async ({ page, dataDir }) => {
    const server = await startServer({ dataDir });
    try {
      const app = new AppPage(page);
      await app.load(server.url);
      await expect(app.title).toHaveText('Sample investigation');
      await expect(app.page).toHaveTitle('Sample investigation — Sourcebook');
      await expect(app.page.locator('.investigation-path')).toHaveAttribute(
        'title',
        `${dataDir}/Sample investigation.sourcebook`,
      );
      await expect(app.page.getByRole('link', { name: /Halden Systems chief defends/ })).toBeVisible();

      const menu = await app.openFileMenu();
      await menu.getByRole('menuitem', { name: /My investigation/ }).click();
      await expect(app.title).toHaveText('My investigation');
      await expect(app.page.locator('.investigation-path')).toHaveAttribute('title', `${dataDir}/My investigation.sourcebook`);
      await expect(app.page.getByRole('heading', { name: 'No sources yet' })).toBeVisible();
    } finally {
      await server.stop();
    }
  });

  test('the one-time key leaves the address bar once the page has it', async ({ app }) => {
    expect(app.page.url()).not.toContain('token');
    // A reload in the same tab keeps working: the key stays for this tab only.
    await app.page.reload();
    await expect(app.title).toHaveText('My investigation');
  });

  test('a page opened without the key says how to get in', async ({ page, server }) => {
    await page.goto(server.origin + '/');
    await expect(page.getByRole('heading', { name: 'Sourcebook cannot connect' })).toBeVisible();
    await expect(page.getByText('npm run serve')).toBeVisible();
  });

  test('Ctrl+1…7 go to every view, each with an empty state that says what it holds', async ({ app }) => {
    const expectations: [string, string, RegExp][] = [
      ['2', 'Notes', /Your notebook/],
      ['3', 'Entities', /People, organisations, places/],
      ['4', 'Timeline', /Nothing dated yet/],
      ['5', 'Compare', /Compare statements/],
      ['6', 'Fact-check', /No claims to check/],
      ['7', 'Search', /Search everything/],
      ['1', 'Sources', /No sources yet/],
    ];
    for (const [digit, label, heading] of expectations) {
      await app.page.keyboard.press(`Control+${digit}`);
      await expect(app.navItem(label)).toHaveAttribute('aria-current', 'page');
      await expect(app.page.getByRole('main', { name: label }).getByRole('heading', { name: heading })).toBeVisible();
    }
    await expect(app.page).toHaveURL(/#\/sources$/);
  });

  test('the rail is reachable with Tab and Enter, and its tooltips name the shortcuts', async ({ app }) => {
    await expect(app.navItem('Timeline')).toHaveAttribute('title', 'Timeline (Ctrl+4)');
    await app.navItem('Notes').focus();
    await app.page.keyboard.press('Tab');
    await expect(app.navItem('Entities')).toBeFocused();
    await app.page.keyboard.press('Enter');
    await expect(app.navItem('Entities')).toHaveAttribute('aria-current', 'page');
  });

  test('the command palette runs a command from the keyboard', async ({ app }) => {
    await app.page.keyboard.press('Control+k');
    const palette = app.dialog('Command palette');
    await expect(palette.getByRole('combobox')).toBeFocused();
    await app.page.keyboard.type('fact');
    await expect(palette.getByRole('option')).toHaveText([/Go to Fact-check/]);
    await app.page.keyboard.press('Enter');
    await expect(palette).toBeHidden();
    await expect(app.navItem('Fact-check')).toHaveAttribute('aria-current', 'page');
  });

  test('? shows every shortcut, and Escape closes it', async ({ app }) => {
    await app.page.keyboard.press('?');
    const sheet = app.dialog('Keyboard shortcuts');
    await expect(sheet.getByRole('definition').filter({ hasText: 'Ctrl+K' })).toBeVisible();
    await expect(sheet.getByText('Go to Search')).toBeVisible();
    await app.page.keyboard.press('Escape');
    await expect(sheet).toBeHidden();
  });

  test('the File menu names the open file, opens with the keyboard and moves with the arrow keys', async ({ app, dataDir }) => {
    await app.page.getByRole('button', { name: 'File', exact: true }).focus();
    await app.page.keyboard.press('ArrowDown');
    const menu = app.page.getByRole('menu', { name: 'File' });
    await expect(menu).toContainText(`This investigation${dataDir}/My investigation.sourcebook`);
    await expect(menu.getByRole('menuitem', { name: /New investigation/ })).toBeFocused();
    await app.page.keyboard.press('ArrowDown');
    await expect(menu.getByRole('menuitem', { name: /Open investigation/ })).toBeFocused();
    await app.page.keyboard.press('Escape');
    await expect(menu).toBeHidden();
    await expect(app.page.getByRole('button', { name: 'File', exact: true })).toBeFocused();
  });

  test('follows a dark OS theme', async ({ page, server }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto(server.url);
    const background = await page.locator('body').evaluate((body) => getComputedStyle(body).backgroundColor);
    expect(background).toBe('rgb(27, 28, 31)');
  });
});

test('a narrow window gives the text room: the inspector hides, and Ctrl+Alt+I brings it back', async ({ page, server }) => {
  await page.setViewportSize({ width: 960, height: 700 });
  const app = new AppPage(page);
  await app.load(server.url);
  const inspector = page.getByRole('complementary', { name: 'Inspector' });
  await expect(inspector).toBeHidden();
  await page.keyboard.press('Control+Alt+i');
  await expect(inspector).toBeVisible();
  await expect(page.getByRole('button', { name: 'Inspector' })).toHaveAttribute('aria-pressed', 'true');
  // The choice is remembered across a reload.
  await page.reload();
  await expect(page.getByRole('complementary', { name: 'Inspector' })).toBeVisible();
});
