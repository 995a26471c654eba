import { expect, type Download, type Locator, type Page } from '@playwright/test';
import fs from 'node:fs';

/** The Timeline view as a reporter uses it: layouts, filters, items, the card, the entry form, exports. */
export class TimelinePage {
  constructor(readonly page: Page) {}

  get list(): Locator {
    return this.page.getByRole('listbox', { name: 'Timeline items' });
  }

  get items(): Locator {
    return this.list.getByRole('option');
  }

  get stage(): Locator {
    return this.page.getByRole('group', { name: /Timeline axis/ });
  }

  get bars(): Locator {
    return this.page.locator('.tl-bar');
  }

  get card(): Locator {
    return this.page.getByRole('article', { name: 'Timeline item' });
  }

  get form(): Locator {
    return this.page.getByRole('form', { name: /Add an event|Edit event/ });
  }

  layout(name: 'List' | 'Axis'): Locator {
    return this.page.getByRole('radiogroup', { name: 'Layout' }).getByRole('radio', { name });
  }

  async msPerPx(): Promise<number> {
    return Number(await this.page.getByTestId('axis-zoom').getAttribute('data-ms-per-px'));
  }

  /** Fills the entry form and adds the event; resolves once its card shows. */
  async addEvent(entry: { what: string; when: string; until?: string; approximate?: boolean; entity?: string }): Promise<void> {
    await expect(this.form).toBeVisible();
    await this.form.getByLabel('What happened').fill(entry.what);
    await this.form.getByLabel('When', { exact: true }).fill(entry.when);
    if (entry.until) await this.form.getByLabel('Until (optional)').fill(entry.until);
    if (entry.approximate) await this.form.getByLabel('Approximate (about then)').check();
    if (entry.entity) {
      const picker = this.form.getByRole('combobox', { name: 'Who or what' });
      await picker.fill(entry.entity);
      await expect(this.form.getByRole('listbox').getByRole('option').first()).toBeVisible();
      await picker.press('Enter');
      await expect(this.form.locator('.tl-chips')).toContainText(entry.entity);
    }
    await this.form.getByRole('button', { name: 'Add event' }).click();
    await expect(this.card.getByRole('heading', { name: entry.what })).toBeVisible();
  }

  async export(label: string, into: string): Promise<string> {
    const downloading = this.page.waitForEvent('download');
    await this.page.getByRole('button', { name: /Export/ }).click();
    await this.page.getByRole('menu', { name: 'Export' }).getByRole('menuitem', { name: label }).click();
    const download: Download = await downloading;
    const file = `${into}/${download.suggestedFilename()}`;
    await download.saveAs(file);
    return fs.readFileSync(file, 'utf8');
  }
}
