import { strFromU8, unzipSync } from 'fflate';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import type { DocumentModel } from './document';
import { writeDocx } from './docx';

const DOC: DocumentModel = {
  title: 'Memo: Zürich',
  created: new Date('2026-03-16T12:00:00Z'),
  blocks: [
    { kind: 'title', runs: [{ text: 'Memo: Zürich' }] },
    { kind: 'heading', level: 1, runs: [{ text: 'Claims' }] },
    { kind: 'quote', runs: [{ text: '“北京 🚀 <b>not markup</b> & more”' }] },
    { kind: 'paragraph', runs: [{ text: 'Hash: ', bold: true }, { text: 'ab12', mono: true, bold: true, italic: true }, { text: '\tafter a tab\nnext line' }] },
    { kind: 'item', runs: [{ text: 'a link', link: 'https://example.org/?a=1&b=2' }] },
    { kind: 'item', runs: [{ text: 'not a link', link: 'javascript:alert(1)' }] },
  ],
};

describe('writeDocx', () => {
  it('reads back (mammoth) with its headings, quote, list, link and every character', async () => {
    const buffer = Buffer.from(writeDocx(DOC));
    const { value: html, messages } = await mammoth.convertToHtml({ buffer });
    // Mammoth maps only headings and lists by default; styles it does not map (Title, Quote) are warnings, not faults.
    expect(messages.filter((message) => !/^Unrecognised paragraph style: '(Title|Quote)'/.test(message.message))).toEqual([]);
    expect(html).toContain('<h1>Claims</h1>');
    expect(html).toContain('“北京 🚀 &lt;b&gt;not markup&lt;/b&gt; &amp; more”');
    expect(html).toContain('<ul><li><a href="https://example.org/?a=1&amp;b=2">a link</a></li><li>not a link</li></ul>');
    const { value: raw } = await mammoth.extractRawText({ buffer });
    expect(raw).toContain('Hash: ab12\tafter a tab');
    // Raw text drops line breaks inside a paragraph; the HTML keeps them.
    expect(html).toContain('after a tab<br />next line');
  });

  it('writes run and paragraph properties in the order Word’s schema requires', () => {
    const xml = strFromU8(unzipSync(writeDocx(DOC))['word/document.xml']!);
    expect(xml).toContain('<w:rPr><w:rFonts w:ascii="Consolas" w:hAnsi="Consolas" w:cs="Consolas"/><w:b/><w:i/></w:rPr>');
    expect(xml).toContain('<w:pPr><w:pStyle w:val="ListParagraph"/><w:numPr>');
    const styles = strFromU8(unzipSync(writeDocx(DOC))['word/styles.xml']!);
    expect(styles.indexOf('<w:pBdr>')).toBeLessThan(styles.indexOf('<w:ind w:left="567"'));
  });

  it('is the same bytes for the same document', () => {
    expect(Buffer.from(writeDocx(DOC)).equals(Buffer.from(writeDocx(DOC)))).toBe(true);
  });

  it('writes a table across the page: header row repeated on each page and bold, empty cells kept', async () => {
    const table: DocumentModel = {
      title: 'Side by side',
      created: new Date('2026-03-16T12:00:00Z'),
      blocks: [
        {
          kind: 'table',
          header: [[{ text: 'Okafor' }], [{ text: 'Lindqvist' }]],
          rows: [
            [[[{ text: '“We kept it”' }], [{ text: 'The Ledger', link: 'https://example.org/a' }]], [[{ text: '“We ended it” 北京' }]]],
            [[[{ text: 'Only here' }]], []],
          ],
        },
      ],
    };
    const bytes = writeDocx(table);
    const xml = strFromU8(unzipSync(bytes)['word/document.xml']!);
    expect(xml).toContain('<w:tr><w:trPr><w:tblHeader/></w:trPr>');
    expect(xml).toContain('<w:tcW w:w="2500" w:type="pct"/>');
    expect(xml).toContain('<w:tc><w:tcPr><w:tcW w:w="2500" w:type="pct"/></w:tcPr><w:p/></w:tc>');
    const { value: html } = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) });
    expect(html).toContain('<p><strong>Okafor</strong></p>');
    expect(html).toContain('<p>“We kept it”</p><p><a href="https://example.org/a">The Ledger</a></p>');
    expect(html).toContain('“We ended it” 北京');
  });
});
