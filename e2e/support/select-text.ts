import type { Page } from '@playwright/test';

/**
 * Selects `text` in the reader with the mouse, as a person does: press just before its first
 * character and release just after its last. `occurrence` picks among repeats (0 = first).
 */
export async function selectWithMouse(page: Page, text: string, occurrence = 0): Promise<void> {
  const box = await page.evaluate(
    ({ text, occurrence }) => {
      const blocks = [...document.querySelectorAll('.reader-section [data-block-start]')];
      let seen = 0;
      for (const block of blocks) {
        const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
          let from = node.data.indexOf(text);
          while (from >= 0) {
            if (seen++ === occurrence) {
              const first = document.createRange();
              first.setStart(node, from);
              first.setEnd(node, from + 1);
              const last = document.createRange();
              last.setStart(node, from + text.length - 1);
              last.setEnd(node, from + text.length);
              first.startContainer.parentElement?.scrollIntoView({ block: 'center' });
              const a = first.getBoundingClientRect();
              const b = last.getBoundingClientRect();
              return { x1: a.left + 1, y1: a.top + a.height / 2, x2: b.right - 1, y2: b.top + b.height / 2 };
            }
            from = node.data.indexOf(text, from + 1);
          }
        }
      }
      return null;
    },
    { text, occurrence },
  );
  if (!box) throw new Error(`“${text}” is not in the rendered text of the reader`);
  // Positions are read again after scrolling, so the drag lands on the text.
  const again = await page.evaluate(() => document.getSelection()?.removeAllRanges());
  void again;
  await page.mouse.move(box.x1, box.y1);
  await page.mouse.down();
  await page.mouse.move((box.x1 + box.x2) / 2, (box.y1 + box.y2) / 2, { steps: 4 });
  await page.mouse.move(box.x2, box.y2, { steps: 4 });
  await page.mouse.up();
}

/** How many ranges each annotation highlight paints now (CSS Custom Highlight API). */
export async function highlightCounts(page: Page): Promise<Record<string, number>> {
  return page.evaluate(() => {
    const counts: Record<string, number> = {};
    CSS.highlights.forEach((highlight, name) => {
      if (name.startsWith('ann-') && name !== 'ann-selected') counts[name] = highlight.size;
    });
    return counts;
  });
}
