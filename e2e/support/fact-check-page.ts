import { expect, type Locator, type Page } from '@playwright/test';
import path from 'node:path';
import { selectWithMouse } from './select-text';

/** The Fact-check view as a reporter uses it: the sheet, its keys, the bulk bar, the check in the inspector, exports. */
export class FactCheckPage {
  constructor(readonly page: Page) {}

  get sheet(): Locator {
    return this.page.getByRole('grid', { name: 'Claims' });
  }

  get rows(): Locator {
    return this.sheet.locator('tbody tr[id^="fc-row-"]');
  }

  row(words: string): Locator {
    return this.rows.filter({ hasText: words });
  }

  /** The status of each row shown, in order. */
  statuses(): Promise<string[]> {
    return this.rows.locator('select[data-cell="status"]').evaluateAll((selects) => selects.map((select) => (select as HTMLSelectElement).value));
  }

  get inspector(): Locator {
    return this.page.getByRole('complementary', { name: 'Inspector' });
  }

  get check(): Locator {
    return this.inspector.getByRole('article', { name: 'Claim check' });
  }

  get bulkBar(): Locator {
    return this.page.getByRole('toolbar', { name: 'Selected claims' });
  }

  get progress(): Locator {
    return this.page.getByRole('region', { name: 'Progress' });
  }

  /** Tags `words` in the open reader as a claim (select, C), optionally naming who makes it. */
  async tagClaim(words: string, speaker?: string): Promise<void> {
    await selectWithMouse(this.page, words);
    await this.page.keyboard.press('c');
    await expect(this.inspector.getByRole('heading', { name: 'Claim' })).toBeVisible();
    if (speaker) {
      const field = this.inspector.getByRole('combobox', { name: 'Said or asserted by' });
      await field.fill(speaker);
      await field.press('Enter');
      await expect(this.inspector.locator('.entity-chip')).toHaveText(speaker);
    }
  }

  async open(): Promise<void> {
    await this.page.getByRole('navigation', { name: 'Views' }).getByRole('link', { name: 'Fact-check' }).click();
    await expect(this.page).toHaveURL(/#\/factcheck/);
  }

  /** Exports `label` from the view's menu and saves it into `dir`; resolves with the file's path. */
  async export(label: string, dir: string, options: { timeout?: number } = {}): Promise<string> {
    const downloading = this.page.waitForEvent('download', { timeout: options.timeout ?? 30_000 });
    await this.page.getByRole('button', { name: /^Export/ }).click();
    await this.page.getByRole('menu', { name: 'Export' }).getByRole('menuitem', { name: label }).click();
    const download = await downloading;
    const file = path.join(dir, download.suggestedFilename());
    await download.saveAs(file);
    return file;
  }
}
