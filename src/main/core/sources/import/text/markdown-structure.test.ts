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

  it('reads setext headings, skips thematic breaks and link definitions', () => {
    const { text, blocks } = structureMarkdown(
      ['Council minutes', '===============', '', 'Opening', '-------', 'Text.', '', '* * *', '', '[1]: https://example.com', 'After.'].join('\n'),
    );
    expect(blocks.map((b) => [b.kind, b.level])).toEqual([
      ['heading', 1],
      ['heading', 2],
      ['paragraph', undefined],
      ['paragraph', undefined],
    ]);
    expect(blockTexts(text, blocks)).toEqual(['Council minutes', 'Opening', 'Text.', 'After.']);
  });

  it('keeps fenced code verbatim, line by line', () => {
    const { text } = structureMarkdown(['Before', '```js', 'const a = **b**;', '  if (a) go();', '```', 'After *it*.'].join('\n'));
    expect(text).toBe('Before\n\nconst a = **b**;\nif (a) go();\n\nAfter it.');
  });

  it('makes each table row a block, without the pipes and the delimiter row', () => {
    const { text } = structureMarkdown(['| Name | Paid |', '|:-----|-----:|', '| Halden AS | €2.8m |'].join('\n'));
    expect(text).toBe('Name Paid\n\nHalden AS €2.8m');
  });

  it('keeps hard line breaks inside a block and removes inline markup', () => {
    const { text, blocks } = structureMarkdown('Jane **Doe**  \n12 [Harbour](https://x.example) Road\\\nOslo\nNorway');
    expect(blocks).toHaveLength(1);
    expect(text).toBe('Jane Doe\n12 Harbour Road\nOslo Norway');
  });
});
