import { describe, expect, it } from 'vitest';
import { escapeMarkdown, writeMarkdown } from './markdown';

describe('writeMarkdown', () => {
  it('keeps words from sources from becoming Markdown or HTML', () => {
    expect(escapeMarkdown('# not a heading')).toBe('\\# not a heading');
    expect(escapeMarkdown('- not an item\n1. nor this\n=== nor a rule')).toBe('\\- not an item\n\\1. nor this\n\\=== nor a rule');
    expect(escapeMarkdown('<script>*x*_y_[z](w)')).toBe('\\<script\\>\\*x\\*\\_y\\_\\[z\\]\\(w\\)');
  });

  it('keeps emphasis hugging its words, lines within a block, items together, and only web links', () => {
    const markdown = writeMarkdown({
      title: 't',
      created: new Date(0),
      blocks: [
        { kind: 'paragraph', runs: [{ text: 'Notes: ', bold: true }, { text: 'one\ntwo' }] },
        { kind: 'quote', runs: [{ text: 'first\nsecond' }] },
        { kind: 'item', runs: [{ text: 'a', link: 'https://example.org/a b' }] },
        { kind: 'item', runs: [{ text: 'b', link: 'file:///etc/passwd' }] },
        { kind: 'paragraph', runs: [{ text: 'has `ticks`', mono: true }] },
      ],
    });
    expect(markdown).toBe('**Notes:** one\\\ntwo\n\n> first\\\n> second\n\n- [a](<https://example.org/a%20b>)\n- b\n\n`` has `ticks` ``\n');
  });
});
