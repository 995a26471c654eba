import { describe, expect, it } from 'vitest';
import { ImportRefusal } from '../types';
import { parseMarkdown } from './parse-markdown';

const utf8 = (text: string) => new TextEncoder().encode(text);

describe('parseMarkdown', () => {
  it('reads front matter into metadata and leaves it out of the text', () => {
    const document = parseMarkdown(
      utf8(['---', 'title: Halden defends contract', 'author: Mireille Fontaine', 'date: 2026-03', '---', '', '# A heading', '', 'The **port** deal.'].join('\n')),
    );
    expect(document.mimeType).toBe('text/markdown');
    expect(document.text).toBe('A heading\n\nThe port deal.');
    expect(document.blocks).toEqual([
      { kind: 'heading', level: 1, start: 0, end: 9 },
      { kind: 'paragraph', start: 11, end: 25 },
    ]);
    expect(document.metadata).toEqual({ title: 'Halden defends contract', authors: ['Mireille Fontaine'], publishedDate: '2026-03' });
  });

  it('takes the title from the first level-1 heading, without its markup', () => {
    const document = parseMarkdown(utf8('## Kicker\n\n# The *mayor* and [the port](https://x.example)\n\nText.'));
    expect(document.metadata).toEqual({ title: 'The mayor and the port' });
  });

  it('has no title when there is no front matter title and no level-1 heading', () => {
    expect(parseMarkdown(utf8('## Only a subheading\n\nText.')).metadata).toEqual({});
  });

  it('strips inline markup from the canonical text', () => {
    const document = parseMarkdown(utf8('Said _“no”_ to `rm -rf`, see [the filing](https://example.com/f.pdf).'));
    expect(document.text).toBe('Said “no” to rm -rf, see the filing.');
  });

  it('refuses an empty file and one that is only front matter', () => {
    expect(() => parseMarkdown(utf8(''))).toThrow(ImportRefusal);
    expect(() => parseMarkdown(utf8('---\ntitle: x\n---\n'))).toThrow(/no text/);
  });
});
