import { expect, type Locator, type Page } from '@playwright/test';

/** The review of suggestions as a person sees it: the side list and the panel in the inspector. */
export class SuggestionsPage {
  constructor(readonly page: Page) {}

  get inspector(): Locator {
    return this.page.getByRole('complementary', { name: 'Inspector' });
  }

  /** The side list (shown while no suggestion or annotation is open). */
  get list(): Locator {
    return this.inspector.getByRole('region', { name: /^Suggestions/ });
  }

  /** One kind's group in the side list, by its plural ("People", "Quotes"). */
  group(plural: string): Locator {
    return this.list.locator('.suggestion-group').filter({ has: this.page.locator('.suggestion-group-name', { hasText: new RegExp(`^${plural}$`) }) });
  }

  /** Each group's count, as the side list shows it: { People: 4, Quotes: 2, … }. */
  async counts(): Promise<Record<string, number>> {
    return this.list.locator('.suggestion-group-head').evaluateAll((heads) =>
      Object.fromEntries(heads.map((head) => [head.querySelector('.suggestion-group-name')!.textContent, Number(head.querySelector('.suggestion-count')!.textContent)])),
    );
  }

  /** The panel of the suggestion open in the inspector. */
  get panel(): Locator {
    return this.inspector.getByRole('region', { name: /^Suggested / });
  }

  /** Puts the keyboard on the reader's text, where J, K, A and X review. */
  async focusReader(): Promise<void> {
    await this.page.locator('.reader-scroller').focus();
  }

  async expectOpen(kind: string, exact: string | RegExp): Promise<void> {
    await expect(this.panel).toHaveAccessibleName(`Suggested ${kind}`);
    await expect(this.panel.locator('.suggestion-exact')).toHaveText(exact);
  }
}

/** How many ranges each suggestion highlight paints now (CSS Custom Highlight API), and which text the selected one covers. */
export async function suggestionHighlights(page: Page): Promise<{ counts: Record<string, number>; selected: string[] }> {
  return page.evaluate(() => {
    const counts: Record<string, number> = {};
    let selected: string[] = [];
    CSS.highlights.forEach((highlight, name) => {
      if (name === 'sug-selected') selected = [...highlight].map((range) => range.toString());
      else if (name.startsWith('sug-')) counts[name] = highlight.size;
    });
    return { counts, selected };
  });
}
