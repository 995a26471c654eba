// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { domPointToOffset, offsetsToRange, offsetToDomPoint, rangeToOffsets } from './dom-offsets';

// The canonical text, and the DOM Lexical renders for it (a trailing managed <br> included).
const text = 'Title 🛂\n\nLine one 😀\nline two\n\nLast.';
const points = [...text];
const blocks = [
  { start: 0, end: 7 },
  { start: 9, end: 28 },
  { start: 30, end: 35 },
];
let root: HTMLElement;

beforeEach(() => {
  document.body.innerHTML = `<div id="root"><h2 data-block-start="0" data-block-end="7"><span>Title 🛂</span></h2><p data-block-start="9" data-block-end="28"><span>Line one </span><mark><span>😀</span></mark><br><span>line two</span></p><p data-block-start="30" data-block-end="35"><span>Last.</span><br data-lexical-managed-linebreak="true"></p></div>`;
  root = document.getElementById('root')!;
});

/** The canonical text a DOM range covers, with <br> read as the line break it stands for. */
function canonicalTextOf(range: Range): string {
  const fragment = range.cloneContents();
  fragment.querySelectorAll('br:not([data-lexical-managed-linebreak])').forEach((br) => br.replaceWith('\n'));
  fragment.querySelectorAll('[data-block-start]').forEach((block) => block.append('\u0000'));
  return (fragment.textContent ?? '').replace(/\u0000(?!$)/g, '\n\n').replace(/\u0000$/, '');
}

describe('offsets ↔ DOM', () => {
  it('round-trips every offset of every block, before and after emoji and line breaks', () => {
    for (const block of blocks) {
      for (let offset = block.start; offset <= block.end; offset++) {
        for (const bias of ['forward', 'backward'] as const) {
          const point = offsetToDomPoint(root, offset, bias)!;
          expect(domPointToOffset(point.node, point.offset), `${offset} ${bias}`).toBe(offset);
        }
      }
    }
  });

  it('makes ranges that cover exactly the canonical text, one code point at a time', () => {
    for (const block of blocks) {
      for (let offset = block.start; offset < block.end; offset++) {
        const range = offsetsToRange(root, offset, offset + 1)!;
        expect(canonicalTextOf(range), `at ${offset}`).toBe(points[offset]);
      }
    }
    expect(canonicalTextOf(offsetsToRange(root, 9, 28)!)).toBe('Line one 😀\nline two');
  });

  it('puts an emoji point after both of its UTF-16 units', () => {
    const point = offsetToDomPoint(root, 6)!;
    expect(point.node.textContent).toBe('Title 🛂');
    expect(point.offset).toBe(6);
    expect(offsetToDomPoint(root, 7)!.offset).toBe(8);
  });

  it('counts a <br> as the "\\n" it stands for, and the managed one as nothing', () => {
    const paragraph = root.children[1]!;
    expect(domPointToOffset(paragraph, 2)).toBe(19); // before the <br>
    expect(domPointToOffset(paragraph, 3)).toBe(20); // after it
    expect(domPointToOffset(root.children[2]!, 2)).toBe(35); // after the managed <br>
    expect(offsetToDomPoint(root, 19, 'backward')).toEqual({ node: paragraph.children[1]!.firstChild!.firstChild, offset: 2 });
    expect(offsetToDomPoint(root, 20, 'forward')).toEqual({ node: paragraph.children[3]!.firstChild, offset: 0 });
  });

  it('resolves points between blocks to the next block, or the last one at the end', () => {
    expect(domPointToOffset(root, 1)).toBe(9);
    expect(domPointToOffset(root, 3)).toBe(35);
    expect(domPointToOffset(root.children[0]!, 0)).toBe(0);
  });

  it('resolves offsets in the blank line between blocks by bias', () => {
    expect(domPointToOffset(...pointOf(offsetToDomPoint(root, 8, 'forward')))).toBe(9);
    expect(domPointToOffset(...pointOf(offsetToDomPoint(root, 8, 'backward')))).toBe(7);
    expect(canonicalTextOf(offsetsToRange(root, 3, 33)!)).toBe(points.slice(3, 33).join(''));
  });

  it('reads a selection across blocks as offsets', () => {
    const range = document.createRange();
    range.setStart(root.querySelector('h2 span')!.firstChild!, 2);
    range.setEnd(root.querySelectorAll('p')[1]!.querySelector('span')!.firstChild!, 4);
    expect(rangeToOffsets(range)).toEqual({ start: 2, end: 34 });
    expect(canonicalTextOf(range)).toBe(points.slice(2, 34).join(''));
  });

  it('gives null for what is not rendered or not in a block', () => {
    root.children[2]!.remove();
    expect(offsetToDomPoint(root, 31)).toBeNull();
    expect(offsetsToRange(root, 10, 31)).toBeNull();
    expect(offsetToDomPoint(root, 29, 'forward')).toBeNull();
    expect(domPointToOffset(...pointOf(offsetToDomPoint(root, 29, 'backward')))).toBe(28);
    expect(domPointToOffset(document.body, 0)).toBe(0);
    const outside = document.createElement('div');
    outside.textContent = 'chrome';
    document.body.append(outside);
    expect(domPointToOffset(outside.firstChild!, 2)).toBeNull();
  });
});

function pointOf(point: { node: Node; offset: number } | null): [Node, number] {
  return [point!.node, point!.offset];
}
