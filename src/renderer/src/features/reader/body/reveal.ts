import { BLOCK_START, offsetsToRange } from '../dom-offsets';
import type { ReadingPosition } from '../reading-position';

/** Where a revealed stretch of text should end up in the scroller. */
export type Placement = { kind: 'center' } | { kind: 'top'; delta: number };

/** A stretch of text's box, or its block's when the text has none to give (an empty range). */
function boxOf(container: HTMLElement, start: number, end: number): DOMRect | null {
  const range = offsetsToRange(container, start, end);
  if (!range) return null;
  const [first] = range.getClientRects();
  if (first && first.height > 0) return range.getBoundingClientRect();
  const block = (range.startContainer.nodeType === Node.ELEMENT_NODE ? (range.startContainer as Element) : range.startContainer.parentElement)?.closest(
    `[${BLOCK_START}]`,
  );
  return block?.getBoundingClientRect() ?? null;
}

/**
 * Scrolls so the text from `start` to `end` (rendered inside `container`) is in view. Centred
 * placement leaves text that is already comfortably visible where it is, as browsers' find
 * does; `top` puts the block's top `delta` pixels above the view's top (a remembered position).
 */
export function scrollToText(scroller: HTMLElement, container: HTMLElement, start: number, end: number, placement: Placement): boolean {
  const viewport = scroller.getBoundingClientRect();
  if (placement.kind === 'top') {
    const block = container.querySelector(`[${BLOCK_START}="${start}"]`);
    if (!block) return false;
    scroller.scrollTop += block.getBoundingClientRect().top - viewport.top + placement.delta;
    return true;
  }
  const box = boxOf(container, start, end);
  if (!box) return false;
  const margin = Math.min(80, viewport.height / 6);
  const visible = box.top >= viewport.top + margin && box.bottom <= viewport.bottom - margin;
  if (!visible) scroller.scrollTop += box.top - viewport.top - viewport.height * 0.35;
  return true;
}

/** The first block in view and how far the view has scrolled past its top. */
export function firstVisibleBlock(scroller: HTMLElement, container: HTMLElement): ReadingPosition | null {
  const top = scroller.getBoundingClientRect().top;
  const blocks = container.querySelectorAll(`[${BLOCK_START}]`);
  let low = 0;
  let high = blocks.length - 1;
  let found: Element | null = null;
  while (low <= high) {
    const middle = (low + high) >>> 1;
    const block = blocks[middle]!;
    if (block.getBoundingClientRect().bottom > top) {
      found = block;
      high = middle - 1;
    } else low = middle + 1;
  }
  if (!found) return null;
  return { offset: Number(found.getAttribute(BLOCK_START)), delta: top - found.getBoundingClientRect().top };
}
