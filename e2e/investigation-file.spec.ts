import Database from 'better-sqlite3';
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from './support/fixtures';
import { AppPage } from './support/app-page';
import { startServer } from './support/server';

test.describe('the investigation file', () => {
  test('what is created and written survives a restart of the server', async ({ page, dataDir }) => {
    const file = path.join(dataDir, 'Halden contracts.sourcebook');
    let server = await startServer({ dataDir });
    let app = new AppPage(page);
    await app.load(server.url);

    await app.createInvestigation('Halden contracts', file);
    await app.page.getByRole('textbox', { name: 'Description' }).fill('What Halden said about the FBIA, 2020–2026.');
    await expect(app.page.getByText('Saved')).toBeVisible();

    // Rename in place with F2, as the tooltip says.
    await app.page.keyboard.press('F2');
    const nameField = app.page.getByRole('textbox', { name: 'Investigation name' });
    await nameField.fill('Halden and the border agency');
    await nameField.press('Enter');
    await expect(app.title).toHaveText('Halden and the border agency');
    await expect(app.page.getByRole('button', { name: 'Halden and the border agency' })).toBeFocused();

    await server.stop();
    server = await startServer({ dataDir });
    app = new AppPage(page);
    await app.load(server.url);

    await expect(app.title).toHaveText('Halden and the border agency');
    await expect(app.page.getByRole('textbox', { name: 'Description' })).toHaveValue(
      'What Halden said about the FBIA, 2020–2026.',
    );
    await server.stop();

    // And it is in the file itself, not in some cache of the server's.
    const db = new Database(file, { readonly: true });
    const values = db.prepare('SELECT * FROM investigation').all();
    db.close();
    expect(JSON.stringify(values)).toContain('Halden and the border agency');
  });

  test('the sample investigation opens and reads', async ({ app, dataDir }) => {
    await app.page.getByRole('button', { name: 'Open the sample investigation' }).click();
    await expect(app.title).toHaveText('Sample investigation');
    await expect(app.page.locator('.badge')).toHaveText('Sample');
    await expect(app.toast('Opened “Sample investigation”')).toBeVisible();

    const source = app.page.getByRole('link', { name: /Halden Systems chief defends border contract/ });
    await source.click();
    const reader = app.page.getByRole('article');
    await expect(reader.getByRole('heading', { level: 1 })).toHaveText(/Halden Systems chief defends border contract/);
    await expect(reader).toContainText('The Northshore Ledger');
    await expect(reader).toContainText('Adaeze Okafor');
    await expect(app.page).toHaveURL(/#\/sources\/\d+$/);
    expect(existsSync(path.join(dataDir, 'Sample investigation.sourcebook'))).toBe(true);
  });

  test('recent investigations are one click away in the File menu', async ({ app, dataDir }) => {
    await app.createInvestigation('Second story', path.join(dataDir, 'second.sourcebook'));
    const menu = await app.openFileMenu();
    await menu.getByRole('menuitem', { name: /My investigation/ }).click();
    await expect(app.title).toHaveText('My investigation');
  });

  test('Save a copy writes a file that opens as the same investigation', async ({ app, dataDir }) => {
    await app.page.getByRole('textbox', { name: 'Description' }).fill('Copied with its notes.');
    await expect(app.page.getByText('Saved')).toBeVisible();
    const copy = path.join(dataDir, 'handed to the editor.sourcebook');

    await app.page.keyboard.press('Control+Shift+S');
    const dialog = app.dialog('Save a copy');
    await dialog.getByLabel('Path of the copy').fill(copy);
    await dialog.getByRole('button', { name: 'Save copy' }).click();
    await expect(app.toast('Copy saved')).toContainText(copy);

    // The original stays open; the copy opens with the same content.
    await expect(app.title).toHaveText('My investigation');
    await app.openByPath(copy);
    await expect(app.page.getByRole('textbox', { name: 'Description' })).toHaveValue('Copied with its notes.');
    await expect(app.page.locator('.investigation-path')).toHaveText('handed to the editor.sourcebook');
  });

  test('creating over an existing file is refused and the dialog says why', async ({ app, dataDir }) => {
    await app.runFileCommand('New investigation…');
    const dialog = app.dialog('New investigation');
    await dialog.getByLabel('Name').fill('Clash');
    await dialog.getByLabel('File').fill(path.join(dataDir, 'My investigation.sourcebook'));
    await dialog.getByRole('button', { name: 'Create' }).click();
    await expect(dialog.getByRole('alert')).toContainText('already exists');
    await expect(dialog).toBeVisible();
  });
});

test.describe('choosing files without a system dialog (server mode)', () => {
  test('browse into a folder and open an investigation with the keyboard', async ({ app, dataDir }) => {
    await app.createInvestigation('Filed away', path.join(dataDir, 'filed away.sourcebook'));
    await app.runFileCommand('Open investigation…');
    const dialog = app.dialog('Open investigation');
    const list = dialog.getByRole('list', { name: `Contents of ${dataDir}` });
    await expect(list.getByRole('button', { name: /My investigation\.sourcebook/ })).toBeVisible();

    await list.getByRole('button', { name: /My investigation\.sourcebook/ }).focus();
    await app.page.keyboard.press('Enter');
    await expect(dialog).toBeHidden();
    await expect(app.title).toHaveText('My investigation');
  });

  test('Save a copy into a sub-folder chosen in the browser', async ({ app, dataDir }) => {
    mkdirSync(path.join(dataDir, 'For the editor'));
    await app.runFileCommand('Save a copy…');
    const dialog = app.dialog('Save a copy');
    await dialog.getByRole('button', { name: 'For the editor' }).click();
    await expect(dialog.getByLabel('Path of the copy')).toHaveValue(
      path.join(dataDir, 'For the editor', 'My investigation (copy).sourcebook'),
    );
    await dialog.getByRole('button', { name: 'Save copy' }).click();
    await expect(app.toast('Copy saved')).toBeVisible();
    expect(existsSync(path.join(dataDir, 'For the editor', 'My investigation (copy).sourcebook'))).toBe(true);
  });
});
