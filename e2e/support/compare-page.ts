import { expect, type Locator, type Page } from '@playwright/test';
import path from 'node:path';

/** The Compare view as a reporter uses it: columns, aligned rows, re-pairing, saving, exports, discrepancies. */
export class ComparePage {
  constructor(readonly page: Page) {}

  async open(): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Compare' }).click();
    await expect(this.page).toHaveURL(/#\/compare/);
  }

  column(index: number): Locator {
    return this.page.getByRole('group', { name: `Column ${index}` });
  }

  /** Picks the speaker of column `index` (1-based) from the registry. */
  async chooseSpeaker(index: number, name: string): Promise<void> {
    const field = this.column(index).getByRole('combobox', { name: 'Speaker' });
    await field.fill(name);
    await expect(this.column(index).getByRole('listbox').getByRole('option').first()).toContainText(name);
    await field.press('Enter');
    await expect(this.column(index).locator('.entity-chip')).toHaveText(name);
  }

  get table(): Locator {
    return this.page.getByRole('region', { name: 'Side by side' });
  }

  get rows(): Locator {
    return this.page.getByRole('list', { name: 'Aligned rows' }).getByRole('listitem');
  }

  get unpaired(): Locator {
    return this.page.getByRole('region', { name: 'Not paired' });
  }

  /** The statement card holding `words`, wherever it is. */
  statement(words: string): Locator {
    return this.table.locator('article.cmp-statement').filter({ hasText: words });
  }

  /** "Pair with…" on the statement holding `words`, choosing the statement holding `other`. */
  async pair(words: string, other: string): Promise<void> {
    const card = this.statement(words);
    await card.getByRole('button', { name: 'Pair with…' }).click();
    await card.getByRole('listbox', { name: 'Pair with' }).getByRole('option').filter({ hasText: other }).click();
  }

  async export(label: string, dir: string): Promise<string> {
    const downloading = this.page.waitForEvent('download', { timeout: 30_000 });
    await this.page.getByRole('button', { name: /^Export/ }).click();
    await this.page.getByRole('menu', { name: 'Export' }).getByRole('menuitem', { name: label }).click();
    const download = await downloading;
    const file = path.join(dir, download.suggestedFilename());
    await download.saveAs(file);
    return file;
  }
}
