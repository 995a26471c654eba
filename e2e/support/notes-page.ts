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

  /** The comparison blocks in the note's text, in order. */
  get comparisons(): Locator {
    return this.text.getByRole('figure', { name: 'Comparison' });
  }

  get saveState(): Locator {
    return this.page.locator('.note-save-state');
  }

  /**
   * Starts noting every state the save indicator passes through; the returned wait resolves
   * once a save begun after this call has finished ("Saving…", then "Saved"). Unlike looking
   * for "Saving…" on screen, it cannot miss a save quicker than the test's look.
   */
  async watchSaves(): Promise<{ saved(): Promise<void> }> {
    await this.page.evaluate(() => {
      const states: string[] = [];
      (window as unknown as { __saveStates: string[] }).__saveStates = states;
      // The whole page is watched: the indicator may be drawn afresh rather than changed.
      const note = () => states.push(document.querySelector('.note-save-state')?.getAttribute('data-state') ?? '');
      new MutationObserver(note).observe(document.body, { attributes: true, attributeFilter: ['data-state'], childList: true, subtree: true });
    });
    return {
      saved: async () => {
        await this.page.waitForFunction(() => {
          const states = (window as unknown as { __saveStates: string[] }).__saveStates;
          const began = states.indexOf('pending');
          return began >= 0 && states.indexOf('saved', began) > began;
        });
      },
    };
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

