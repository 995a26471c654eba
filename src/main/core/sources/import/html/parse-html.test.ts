import { describe, expect, it } from 'vitest';
import { ImportRefusal } from '../types';
import {
  NEWS_ARTICLE_PARAGRAPHS,
  NEWS_ARTICLE_QUOTE,
  NEWS_ARTICLE_SUBHEADING,
  NEWS_PAGE_CHROME,
  newsArticlePage,
} from './news-article.fixture';
import { parseHtml } from './parse-html';

const utf8 = (text: string) => new TextEncoder().encode(text);

function blockTexts({ text, blocks }: { text: string; blocks: { start: number; end: number }[] }): string[] {
  const points = [...text];
  return blocks.map((b) => points.slice(b.start, b.end).join(''));
}

describe('parseHtml', () => {
  it('keeps the article of a news page and leaves out its navigation, ads, share buttons, related links, comments and footer', () => {
    const document = parseHtml(utf8(newsArticlePage()), { fileName: 'halden.html' });
    expect(document.mimeType).toBe('text/html');
    const blocks = blockTexts(document);
    for (const paragraph of NEWS_ARTICLE_PARAGRAPHS) expect(blocks).toContain(paragraph);
    for (const chrome of NEWS_PAGE_CHROME) expect(document.text).not.toContain(chrome);
    expect(document.blocks.find((b) => b.kind === 'heading')).toMatchObject({ level: 2 });
    expect(blocks[document.blocks.findIndex((b) => b.kind === 'heading')]).toBe(NEWS_ARTICLE_SUBHEADING);
    expect(blocks[document.blocks.findIndex((b) => b.kind === 'blockquote')]).toBe(NEWS_ARTICLE_QUOTE);
    expect(document.text.indexOf(NEWS_ARTICLE_PARAGRAPHS[0]!)).toBe(0);
  });

  it('reads the news page’s metadata in order of trust: JSON-LD first, the calendar date as written', () => {
    expect(parseHtml(utf8(newsArticlePage())).metadata).toEqual({
      title: 'Port contract went to the priciest bidder',
      outlet: 'The Harbour Ledger',
      authors: ['Mireille Fontaine', 'Ole Berg'],
      publishedDate: '2026-03-12',
      url: 'https://www.harbourledger.example/news/2026/03/12/halden-tender',
      language: 'en-GB',
    });
  });

  it('decodes a windows-1252 page by its meta charset', () => {
    const page = Buffer.concat([
      Buffer.from('<!doctype html><html><head><meta charset="windows-1252"><title>Caf'),
      Buffer.from([0xe9]),
      Buffer.from(' notes</title></head><body><p>'),
      Buffer.from([0x93, 0x4d, 0xfc, 0x6c, 0x6c, 0x65, 0x72, 0x94, 0x20, 0x97, 0x20, 0x4a, 0x6f, 0x73, 0xe9, 0x2c, 0x20, 0x5a, 0x6f, 0xeb]),
      Buffer.from('</p></body></html>'),
    ]);
    const document = parseHtml(page);
    expect(document.text).toBe('“Müller” — José, Zoë');
    expect(document.metadata.title).toBe('Café notes');
  });

  it('keeps every block of a small page', () => {
    const document = parseHtml(utf8('<html><body><h1>Minutes</h1><p>Short note.</p><ul><li>Item one</li><li>Item two</li></ul></body></html>'));
    expect(blockTexts(document)).toEqual(['Minutes', 'Short note.', 'Item one', 'Item two']);
    // Readability demotes an article's h1 to h2, keeping h1 for the page title.
    expect(document.blocks.map((b) => b.kind)).toEqual(['heading', 'paragraph', 'list-item', 'list-item']);
  });

  it('refuses a page whose text is drawn by scripts, saying what to do', () => {
    const shell = '<!doctype html><html><head><title>App</title></head><body><div id="root"></div><script>render()</script><noscript>Enable JavaScript</noscript></body></html>';
    try {
      parseHtml(utf8(shell), { fileName: 'app.html' });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ImportRefusal);
      expect((error as ImportRefusal).reason).toBe('no-text');
      expect((error as ImportRefusal).message).toMatch(/^This web page \(“app.html”\) has no readable text.*paste/);
    }
  });

  it('refuses an empty file and binary data called .html', () => {
    expect(() => parseHtml(new Uint8Array())).toThrow(expect.objectContaining({ reason: 'empty' }));
    expect(() => parseHtml(Uint8Array.from({ length: 300 }, (_, i) => (i * 7) % 32))).toThrow(expect.objectContaining({ reason: 'binary' }));
  });
});
