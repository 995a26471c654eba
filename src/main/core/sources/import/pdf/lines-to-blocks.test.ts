import { describe, expect, it } from 'vitest';
import type { StructuredText } from '../types';
import { bodyTextSize, joinLines, linesToBlocks } from './lines-to-blocks';
import type { PageLine } from './page-lines';
import { outline } from '../test-support';

/** Lays lines out top-down like a page: `gap` is extra space before the line, in line heights. */
function page(lines: Array<{ text: string; size?: number; gap?: number; indent?: number }>, leading = 1.2): PageLine[] {
  let y = 720;
  return lines.map(({ text, size = 10, gap = 0, indent = 0 }) => {
    y -= size * leading * (1 + gap);
    return { text, x: 72 + indent, y, size };
  });
}

describe('joinLines', () => {
  it.each([
    ['inves-', 'tigation', 'investigation'],
    ['Jean-', 'Paul', 'Jean-Paul'],
    ['1990-', '2000', '1990-2000'],
    ['a well-', 'known case', 'a well-known case'],
    ['self-', 'employed', 'self-employed'],
    ['see https://example.org/', 'page', 'see https://example.org/page'],
    ['a dash -', 'then', 'a dash - then'],
    ['soft\u00AD', 'hyphen', 'softhyphen'],
    ['plain', 'words', 'plain words'],
  ])('%s + %s → %s', (before, after, joined) => {
    expect(joinLines(before, after)).toBe(joined);
  });
});

describe('bodyTextSize', () => {
  it('is the median size over characters, so a few long lines outweigh many short ones', () => {
    expect(bodyTextSize([[{ text: 'x'.repeat(300), x: 0, y: 0, size: 10 }, ...Array(5).fill({ text: 'Head', x: 0, y: 0, size: 20 })]])).toBe(10);
  });
});

describe('linesToBlocks', () => {
  it('joins lines into paragraphs and splits paragraphs at wider gaps', () => {
    const lines = page([
      { text: 'The council met on' },
      { text: 'Tuesday.' },
      { text: 'Nobody came.', gap: 0.8 },
    ]);
    expect(outline(linesToBlocks([lines], 10))).toEqual(['paragraph: The council met on Tuesday.', 'paragraph: Nobody came.']);
  });

  it('starts a paragraph at a first-line indent, in single or double spacing', () => {
    const lines = [
      { text: 'The plaintiff alleges that the', indent: 36 },
      { text: 'contract was void.' },
      { text: 'The defendant denies it.', indent: 36 },
    ];
    const expected = ['paragraph: The plaintiff alleges that the contract was void.', 'paragraph: The defendant denies it.'];
    expect(outline(linesToBlocks([page(lines)], 10))).toEqual(expected);
    expect(outline(linesToBlocks([page(lines, 2.3)], 10))).toEqual(expected);
  });

  it('marks larger lines as headings, the largest size as level 1, and merges a wrapped heading', () => {
    const lines = page([
      { text: 'A very long title that', size: 20 },
      { text: 'wraps', size: 20 },
      { text: 'Section', size: 14, gap: 0.5 },
      { text: 'Body text here.', gap: 0.5 },
      { text: 'Another section', size: 14, gap: 0.5 },
      { text: 'More body.', gap: 0.5 },
    ]);
    expect(outline(linesToBlocks([lines], 10))).toEqual([
      'heading1: A very long title that wraps',
      'heading2: Section',
      'paragraph: Body text here.',
      'heading2: Another section',
      'paragraph: More body.',
    ]);
  });

  it('makes bulleted lines list items, with their wrapped continuation lines', () => {
    const lines = page([
      { text: 'Payments:' },
      { text: '• March: €40,000 to the', gap: 0.1 },
      { text: 'contractor' },
      { text: '• April: €55,000' },
    ]);
    expect(outline(linesToBlocks([lines], 10))).toEqual([
      'paragraph: Payments:',
      'list-item: March: €40,000 to the contractor',
      'list-item: April: €55,000',
    ]);
  });

  it('continues a paragraph over a page break only when the sentence clearly runs on', () => {
    const first = page([{ text: 'The contract was signed on a' }, { text: 'Tuesday, by the' }]);
    const second = page([{ text: 'mayor in March.' }, { text: 'New paragraph.', gap: 1 }]);
    const third = page([{ text: 'after a full stop, a lowercase start.' }]);
    expect(outline(linesToBlocks([first, second, third], 10))).toEqual([
      'paragraph: The contract was signed on a Tuesday, by the mayor in March.',
      'paragraph: New paragraph.',
      'paragraph: after a full stop, a lowercase start.',
    ]);
  });

  it('does not treat overlong large text as a heading', () => {
    const lines = page([{ text: 'x '.repeat(150), size: 16 }, { text: 'Body.', gap: 1 }]);
    expect(linesToBlocks([lines], 10).blocks[0]!.kind).toBe('paragraph');
  });
});
