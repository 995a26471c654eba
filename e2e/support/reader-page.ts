import { expect, type Locator, type Page } from '@playwright/test';

/** The source reader as a person (and the tagging code) sees it. */
export class ReaderPage {
  constructor(readonly page: Page) {}

  get article(): Locator {
    return this.page.locator('article.reader');
  }

  get scroller(): Locator {
    return this.page.locator('.reader-scroller');
  }

  get findBar(): Locator {
    return this.page.getByRole('search', { name: 'Find in this source' });
  }

  get findInput(): Locator {
    return this.findBar.getByRole('textbox', { name: 'Find in this source' });
  }

  get findCount(): Locator {
    return this.findBar.locator('[aria-live]');
  }

  section(index: number): Locator {
    return this.page.locator(`.reader-section[data-section="${index}"]`);
  }

  /** Opens a source from the list and resolves once its header and first text are rendered. */
  async open(title: RegExp): Promise<number> {
    await this.page.getByRole('link', { name: title }).first().click();
    await expect(this.page.locator('article.reader[data-ready]')).toBeVisible();
    return Number(/#\/sources\/(\d+)/.exec(this.page.url())![1]);
  }

  /** The source as the service gives it, fetched through the page's own key. */
  async fetchSource(id: number): Promise<{ text: string; sha256: string; blocks: { start: number; end: number }[] }> {
    return this.page.evaluate(async (sourceId) => {
      const response = await fetch('/api/call/sources.get', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${sessionStorage.getItem('sourcebook.token')}` },
        body: JSON.stringify({ id: sourceId }),
      });
      return (await response.json()).value;
    }, id);
  }

  /**
   * Every rendered block whose text is not the canonical text between its data-block-start and
   * data-block-end (a <br> read as the "\n" it stands for): empty when the DOM and the offsets
   * agree. Also returns how many blocks were checked.
   */
  async blockMismatches(text: string): Promise<{ checked: number; mismatches: string[] }> {
    return this.page.evaluate((canonical) => {
      const points = [...canonical];
      const mismatches: string[] = [];
      const blocks = [...document.querySelectorAll('[data-block-start]')];
      for (const block of blocks) {
        const start = Number(block.getAttribute('data-block-start'));
        const end = Number(block.getAttribute('data-block-end'));
        const copy = block.cloneNode(true) as Element;
        copy.querySelectorAll('br:not([data-lexical-managed-linebreak])').forEach((br) => br.replaceWith('\n'));
        const expected = points.slice(start, end).join('');
        if (copy.textContent !== expected) mismatches.push(`${start}-${end}: ${JSON.stringify(copy.textContent)} ≠ ${JSON.stringify(expected)}`);
      }
      return { checked: blocks.length, mismatches };
    }, text);
  }

  /** The first block in view and how far the view has scrolled past its top, as the reader saves it. */
  async firstVisibleBlock(): Promise<{ offset: number; delta: number }> {
    return this.scroller.evaluate((scroller) => {
      const top = scroller.getBoundingClientRect().top;
      const block = [...scroller.querySelectorAll('[data-block-start]')].find((b) => b.getBoundingClientRect().bottom > top)!;
      return { offset: Number(block.getAttribute('data-block-start')), delta: top - block.getBoundingClientRect().top };
    });
  }

  /** Whether the current find match is painted and lies inside the visible part of the reader. */
  async currentMatchInView(): Promise<{ text: string; inView: boolean } | null> {
    return this.scroller.evaluate((scroller) => {
      const highlight = CSS.highlights.get('find-current');
      const range = highlight ? ([...highlight][0] as Range | undefined) : undefined;
      if (!range) return null;
      const box = range.getBoundingClientRect();
      const view = scroller.getBoundingClientRect();
      return { text: range.toString(), inView: box.top >= view.top && box.bottom <= view.bottom };
    });
  }
}
