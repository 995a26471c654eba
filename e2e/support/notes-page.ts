import { expect, type Locator, type Page } from '@playwright/test';

/** The Notes view as a reporter sees it: the list of notes, and the open note's editor. */
export class NotesPage {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Notes' }).click();
    await expect(this.page.getByRole('main', { name: 'Notes' })).toBeVisible();
  }

  get list(): Locator {
    return this.page.getByRole('navigation', { name: 'Notes' });
  }

  listItem(title: string): Locator {
    return this.list.getByRole('link', { name: new RegExp(`^${escapeRegExp(title)}`) });
  }

  get title(): Locator {
    return this.page.getByRole('textbox', { name: 'Note title' });
  }

  get text(): Locator {
    return this.page.getByRole('textbox', { name: 'Note text' });
  }

  get toolbar(): Locator {
    return this.page.getByRole('toolbar', { name: 'Formatting' });
  }

  get saveState(): Locator {
    return this.page.locator('.note-save-state');
  }

  /** Creates a note from the button and names it; the focus is then in its text. */
  async create(title: string): Promise<void> {
    await this.page.getByRole('button', { name: 'New note' }).first().click();
    await expect(this.title).toBeFocused();
    await this.page.keyboard.type(title);
    await this.page.keyboard.press('Enter');
    await expect(this.text).toBeFocused();
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
