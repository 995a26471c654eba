import { codePointLength, codePointsBefore, utf16IndexOf } from './code-points';

/**
 * Mapping between DOM positions in the rendered reader and code-point offsets in the source's
 * canonical text, the offsets W3C TextPositionSelectors (and so annotations) use.
 *
 * Every rendered block element carries `data-block-start` / `data-block-end`: the offsets of its
 * text in the canonical text. Inside a block, text nodes count their code points and a `<br>`
 * counts one (the "\n" of a line break); the `<br>` Lexical adds to keep an empty last line
 * visible (`data-lexical-managed-linebreak`) stands for nothing. Everything here reads the DOM
 * only, so it works for any section that is mounted, whatever nodes (marks, say) wrap the text.
 */

export const BLOCK_START = 'data-block-start';
export const BLOCK_END = 'data-block-end';
const BLOCK_SELECTOR = `[${BLOCK_START}]`;

export interface DomPoint {
  node: Node;
  offset: number;
}

export interface OffsetRange {
  start: number;
  end: number;
}

/**
 * Which way to resolve a position that two DOM points share (the end of one text node, the
 * start of the next) or that falls between blocks: `forward` for the start of a range,
 * `backward` for its end, so a range never reaches into what it does not cover.
 */
export type Bias = 'forward' | 'backward';

export function blockStartOf(block: Element): number {
  return Number(block.getAttribute(BLOCK_START));
}

export function blockEndOf(block: Element): number {
  return Number(block.getAttribute(BLOCK_END));
}

/** The code-point offset of a DOM point (a Range boundary), or null when it is in no block. */
export function domPointToOffset(node: Node, offset: number): number | null {
  const block = closestBlock(node);
  if (!block) return offsetBetweenBlocks(node, offset);
  let count = 0;
  for (const leaf of leavesOf(block)) {
    if (leaf === node) return blockStartOf(block) + count + codePointsBefore((leaf as Text).data, offset);
    if (precedes(leaf, node, offset)) count += leafLength(leaf);
    else break;
  }
  return Math.min(blockStartOf(block) + count, blockEndOf(block));
}

/**
 * The DOM point of a code-point offset within `container` (a section, or the whole reader), or
 * null when the block holding it is not rendered. An offset between two blocks resolves to the
 * start of the next (`forward`) or the end of the previous (`backward`).
 */
export function offsetToDomPoint(container: ParentNode, offset: number, bias: Bias = 'forward'): DomPoint | null {
  const block = blockFor(container, offset, bias);
  if (!block) return null;
  const start = blockStartOf(block);
  let remaining = Math.max(0, Math.min(offset, blockEndOf(block)) - start);
  const leaves = leavesOf(block);
  for (let index = 0; index < leaves.length; index++) {
    const leaf = leaves[index]!;
    const length = leafLength(leaf);
    const last = index === leaves.length - 1;
    if (remaining < length || (remaining === length && (bias === 'backward' || last))) return pointInLeaf(leaf, remaining);
    remaining -= length;
  }
  return { node: block, offset: 0 };
}

/** A Range's offsets, or null when either end lies outside the rendered blocks. */
export function rangeToOffsets(range: AbstractRange): OffsetRange | null {
  const start = domPointToOffset(range.startContainer, range.startOffset);
  const end = domPointToOffset(range.endContainer, range.endOffset);
  return start === null || end === null ? null : { start, end };
}

/** A DOM Range covering the offsets, or null when either end is not rendered. */
export function offsetsToRange(container: ParentNode, start: number, end: number): Range | null {
  const from = offsetToDomPoint(container, start, 'forward');
  const to = offsetToDomPoint(container, end, 'backward');
  if (!from || !to) return null;
  const range = (from.node.ownerDocument ?? document).createRange();
  range.setStart(from.node, from.offset);
  range.setEnd(to.node, to.offset);
  return range;
}

function closestBlock(node: Node): Element | null {
  const element = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
  return element?.closest(BLOCK_SELECTOR) ?? null;
}

/** Text nodes and counted line breaks, in document order. */
function leavesOf(block: Element): Node[] {
  const leaves: Node[] = [];
  const walker = block.ownerDocument.createTreeWalker(block, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node.nodeType === Node.TEXT_NODE || isCountedBreak(node)) leaves.push(node);
  }
  return leaves;
}

function isCountedBreak(node: Node): boolean {
  return node.nodeName === 'BR' && !(node as Element).hasAttribute('data-lexical-managed-linebreak');
}

function leafLength(leaf: Node): number {
  return leaf.nodeType === Node.TEXT_NODE ? codePointLength((leaf as Text).data) : 1;
}

function pointInLeaf(leaf: Node, codePoints: number): DomPoint {
  if (leaf.nodeType === Node.TEXT_NODE) return { node: leaf, offset: utf16IndexOf((leaf as Text).data, codePoints) };
  const parent = leaf.parentNode!;
  const index = Array.prototype.indexOf.call(parent.childNodes, leaf) as number;
  return { node: parent, offset: index + codePoints };
}

/** Whether all of `leaf` comes before the boundary point (node, offset). */
function precedes(leaf: Node, node: Node, offset: number): boolean {
  const boundary = leaf.ownerDocument!.createRange();
  boundary.setStart(node, offset);
  const after = leaf.nodeType === Node.TEXT_NODE ? { node: leaf, offset: (leaf as Text).length } : pointInLeaf(leaf, 1);
  // -1: the point just after the leaf is before the boundary; 0: it is the boundary.
  return boundary.comparePoint(after.node, after.offset) <= 0;
}

/** A point between blocks (a selection that starts before a paragraph): the next block's start. */
function offsetBetweenBlocks(node: Node, offset: number): number | null {
  if (node.nodeType !== Node.ELEMENT_NODE) return null;
  const following = (node as Element).childNodes[offset];
  const next = following ? firstBlockFrom(following) : null;
  if (next) return blockStartOf(next);
  const before = (node as Element).childNodes[offset - 1];
  const previous = before ? lastBlockIn(before) : null;
  return previous ? blockEndOf(previous) : null;
}

function firstBlockFrom(node: Node): Element | null {
  for (let current: Node | null = node; current; current = current.nextSibling) {
    if (current.nodeType !== Node.ELEMENT_NODE) continue;
    const element = current as Element;
    const block = element.matches(BLOCK_SELECTOR) ? element : element.querySelector(BLOCK_SELECTOR);
    if (block) return block;
  }
  return null;
}

function lastBlockIn(node: Node): Element | null {
  for (let current: Node | null = node; current; current = current.previousSibling) {
    if (current.nodeType !== Node.ELEMENT_NODE) continue;
    const element = current as Element;
    const blocks = element.querySelectorAll(BLOCK_SELECTOR);
    const block = blocks.length > 0 ? blocks[blocks.length - 1]! : element.matches(BLOCK_SELECTOR) ? element : null;
    if (block) return block;
  }
  return null;
}

/**
 * Blocks are separated by one blank line ("\n\n") in every canonical text, so an offset more
 * than that away from the nearest rendered block lies in a block that is not rendered.
 */
const BLOCK_SEPARATOR_LENGTH = 2;

/** The rendered block holding `offset`, by binary search over the blocks in document order. */
function blockFor(container: ParentNode, offset: number, bias: Bias): Element | null {
  const blocks = container.querySelectorAll(BLOCK_SELECTOR);
  let low = 0;
  let high = blocks.length - 1;
  let candidate = -1; // the last block starting at or before the offset
  while (low <= high) {
    const middle = (low + high) >>> 1;
    if (blockStartOf(blocks[middle]!) <= offset) {
      candidate = middle;
      low = middle + 1;
    } else high = middle - 1;
  }
  const before = candidate >= 0 ? blocks[candidate]! : null;
  if (before && offset <= blockEndOf(before)) return before;
  const after = blocks[candidate + 1] ?? null;
  const nearBefore = before !== null && offset - blockEndOf(before) <= BLOCK_SEPARATOR_LENGTH;
  const nearAfter = after !== null && blockStartOf(after) - offset <= BLOCK_SEPARATOR_LENGTH;
  if (!nearBefore && !nearAfter) return null;
  if (bias === 'backward') return nearBefore ? before : null;
  return nearAfter ? after : null;
}
