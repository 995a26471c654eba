import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { blockText } from '../../export/document';
import { writeDocx } from '../../export/docx';
import { MEMO_CSP, writeHtmlDocument } from '../../export/html-document';
import { writeMarkdown } from '../../export/markdown';
import { factCheckMemo } from './memo';
import { exportFixture, expectGolden, NON_LATIN } from './test-support';

describe('the fact-check memo', () => {
  it('says, for each claim, the exact words with where they are, the verdict, the evidence and the notes; then the sources with hashes', async () => {
    const data = await exportFixture();
    const memo = factCheckMemo(data);
    const words = memo.blocks.map(blockText).join('\n');
    for (const check of data.checks) {
      expect(words).toContain(`“${check.span.exact}”`);
      expect(words).toContain(`characters ${check.span.start}–${check.span.end}`);
    }
    for (const source of data.sources) expect(words).toContain(`SHA-256: ${source.sha256}`);
    expect(words).toContain('Claim #1: Misleading — rated Half true');
    expect(words).toContain('Checked: by Jiří Novák, on 14 March 2026, from a primary source');
    expect(words).toContain('Notes: Output rose 48%, not 100%.\nSee the annual report, p. 12.');
    expect(words.indexOf('Sources')).toBeGreaterThan(words.lastIndexOf('Claim #'));
  });

  it('as DOCX, reads back (mammoth) to the golden text, with headings and a list', async () => {
    const data = await exportFixture();
    const docx = Buffer.from(writeDocx(factCheckMemo(data)));
    const { value: raw, messages } = await mammoth.extractRawText({ buffer: docx });
    expect(messages).toEqual([]);
    expectGolden('fact-check-memo.docx.txt', raw);
    for (const word of NON_LATIN) expect(raw).toContain(word);
    const { value: html } = await mammoth.convertToHtml({ buffer: docx });
    expect(html).toContain('<h1>Claims</h1>');
    expect(html).toContain('<h2>Claim #2: False — rated False</h2>');
    expect(html).toMatch(/<ul><li>.*customs in 北京 🚀<\/li><\/ul>/);
    expect(html).toContain('<a href="https://skoda.example/annual-report-2025.pdf">');
  });

  it('as Markdown, matches the golden file and keeps words from sources from becoming markup', async () => {
    const markdown = writeMarkdown(factCheckMemo(await exportFixture()));
    expectGolden('fact-check-memo.md', markdown);
    for (const word of NON_LATIN) expect(markdown).toContain(word);
    expect(markdown).toContain('“=HYPERLINK\\("http://evil.example","click"\\)”');
    expect(markdown).toContain('**Notes:** \\+1 to follow up');
  });

  it('as HTML for printing, loads nothing and runs nothing', async () => {
    const html = writeHtmlDocument(factCheckMemo(await exportFixture()));
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="${MEMO_CSP.replace(/'/g, '&#39;')}">`);
    expect(MEMO_CSP).toMatch(/default-src 'none'/);
    expect(html).not.toMatch(/<script|<img|<link|<iframe|<object|<embed|\bsrc=|url\(|@import/i);
    // Links only for the reader of the PDF to follow: no page resource.
    expect([...html.matchAll(/href="([^"]*)"/g)].map((m) => m[1])).toEqual([
      'https://skoda.example/annual-report-2025.pdf',
      'https://ledger.example/skoda?a=1&amp;b=2',
    ]);
  });
});
