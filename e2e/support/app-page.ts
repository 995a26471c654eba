import { expect, type Locator, type Page } from '@playwright/test';

/** The app as a person sees it: the title bar, the rail, the dialogs, the toasts. */
export class AppPage {
  constructor(readonly page: Page) {}

  /** Resolves once the app has said what is open: an investigation's name, or the start screen. */
  async load(url: string): Promise<void> {
    await this.page.goto(url);
    await expect(this.page.getByRole('navigation', { name: 'Views' })).toBeVisible();
    await expect(this.page.locator('.investigation-name h1, #start-title').first()).toBeVisible();
  }

  get title(): Locator {
    return this.page.locator('.investigation-name h1');
  }

  get mainPane(): Locator {
    return this.page.getByRole('main');
  }

  navItem(label: string): Locator {
    return this.page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: label });
  }

  async openFileMenu(): Promise<Locator> {
    await this.page.getByRole('button', { name: 'File', exact: true }).click();
    const menu = this.page.getByRole('menu', { name: 'File' });
    await expect(menu).toBeVisible();
    return menu;
  }

  async runFileCommand(label: string | RegExp): Promise<void> {
    const menu = await this.openFileMenu();
    await menu.getByRole('menuitem', { name: label }).click();
  }

  dialog(name: string): Locator {
    return this.page.getByRole('dialog', { name });
  }

  async createInvestigation(name: string, path: string): Promise<void> {
    await this.runFileCommand('New investigation…');
    const dialog = this.dialog('New investigation');
    await dialog.getByLabel('Name').fill(name);
    await dialog.getByLabel('File').fill(path);
    await dialog.getByRole('button', { name: 'Create' }).click();
    await expect(dialog).toBeHidden();
    await expect(this.title).toHaveText(name);
  }

  /** Types a path into the Open dialog; returns the dialog so a refusal can be read in it. */
  async openByPath(path: string): Promise<Locator> {
    await this.runFileCommand('Open investigation…');
    const dialog = this.dialog('Open investigation');
    await dialog.getByLabel('Path of a .sourcebook file').fill(path);
    await dialog.getByRole('button', { name: 'Open', exact: true }).click();
    return dialog;
  }

  toast(text: string | RegExp): Locator {
    return this.page.locator('.toast').filter({ hasText: text });
  }
}
