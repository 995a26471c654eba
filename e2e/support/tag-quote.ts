import { expect, type Page } from '@playwright/test';
import { selectWithMouse } from './select-text';

/**
 * Tags a quotation in the open reader as a reporter does: select it, press Q, name a new
 * speaker, and give the channel.
 */
export async function tagQuote(page: Page, quotation: string, speaker: string, channel: string): Promise<void> {
  await selectWithMouse(page, quotation);
  await page.keyboard.press('q');
  const inspector = page.getByRole('complementary', { name: 'Inspector' });
  const speakerField = inspector.getByRole('combobox', { name: 'Speaker' });
  await expect(speakerField).toBeFocused();
  await speakerField.fill(speaker);
  await speakerField.press('Enter');
  await expect(inspector.locator('.entity-chip')).toHaveText(speaker);
  await inspector.getByLabel('Channel').fill(channel);
  await inspector.getByLabel('Channel').press('Enter');
  await expect(inspector.getByLabel('Channel')).toHaveValue(channel);
}
