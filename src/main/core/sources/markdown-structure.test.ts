import { describe, expect, it } from 'vitest';
import { structureMarkdown } from './markdown-structure';

/** The text of each block, cut by code points as a TextPositionSelector would. */
function blockTexts(text: string, blocks: { start: number; end: number }[]): string[] {
  const points = [...text];
  return blocks.map((b) => points.slice(b.start, b.end).join(''));
}

describe('structureMarkdown', () => {
  it('finds headings, paragraphs, quotes and list items, without their markers', () => {
    const { text, blocks } = structureMarkdown(
      [
        '# Border deal',
        '',
        'First paragraph,',
        'soft-wrapped.',
        '## Reaction',
        '> Quoted line one',
        '> continues here.',
        '>',
        '> Second quoted paragraph.',
        '',
        '- one item',
        '- another item',
      ].join('\r\n'),
    );
    expect(blocks.map((b) => [b.kind, b.level])).toEqual([
      ['heading', 1],
      ['paragraph', undefined],
      ['heading', 2],
      ['blockquote', undefined],
      ['blockquote', undefined],
      ['list-item', undefined],
      ['list-item', undefined],
    ]);
    expect(blockTexts(text, blocks)).toEqual([
      'Border deal',
      'First paragraph, soft-wrapped.',
      'Reaction',
      'Quoted line one continues here.',
      'Second quoted paragraph.',
      'one item',
      'another item',
    ]);
    expect(text.startsWith('Border deal\n\nFirst paragraph')).toBe(true);
  });

  it('counts offsets in code points, not UTF-16 units', () => {
    const { text, blocks } = structureMarkdown('Emoji 🛂 first.\n\nThen “this”.');
    expect(blocks).toEqual([
      { kind: 'paragraph', start: 0, end: 14 },
      { kind: 'paragraph', start: 16, end: 28 },
    ]);
    expect(text.length).toBe(29); // one more UTF-16 unit than code points
    expect(blockTexts(text, blocks)).toEqual(['Emoji 🛂 first.', 'Then “this”.']);
  });

  it('gives empty text and no blocks for blank input', () => {
    expect(structureMarkdown('\n\n  \n')).toEqual({ text: '', blocks: [] });
  });
});
