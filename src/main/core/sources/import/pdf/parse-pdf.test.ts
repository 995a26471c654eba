import { afterEach, describe, expect, it, vi } from 'vitest';
import { longPdfSpec, makeCjkPdf, makeEncryptedPdf, makePdf, makeScannedPdf, truncateBytes } from '../test-fixtures/make-pdf';
import { ImportRefusal, type ParsedDocument } from '../types';
import { parsePdf, PDF_MIME_TYPE } from './parse-pdf';
import { outline, refusalOfAsync as refusalOf } from '../test-support';

const article = makePdf({
  title: 'Harbour contracts',
  author: 'Ada Obi; Jan Kowalski',
  language: 'fr-FR',
  pages: [
    [
      { text: 'Who paid for the dredging', size: 18, bold: true },
      { text: '' },
      { text: 'The council paid the contractor on' },
      { text: 'Tuesday, the minutes show.' },
      { text: '' },
      { text: 'Café owners in Zürich said “we were never asked” (twice).' },
      { text: 'A back\\slash survives too.' },
    ],
  ],
});

describe('parsePdf', () => {
  afterEach(() => vi.restoreAllMocks());

  it('rebuilds headings and paragraphs, with accented text and curly quotes', async () => {
    const parsed = await parsePdf(article);
    expect(outline(parsed)).toEqual([
      'heading1: Who paid for the dredging',
      'paragraph: The council paid the contractor on Tuesday, the minutes show.',
      'paragraph: Café owners in Zürich said “we were never asked” (twice). A back\\slash survives too.',
    ]);
    expect(parsed.mimeType).toBe(PDF_MIME_TYPE);
  });

  it('reads title, authors and language', async () => {
    expect((await parsePdf(article)).metadata).toEqual({ title: 'Harbour contracts', authors: ['Ada Obi', 'Jan Kowalski'], language: 'fr-FR' });
  });

  it('ignores a junk title and falls back to the first heading', async () => {
    const bytes = makePdf({ title: 'Microsoft Word - draft3.docx', pages: [[{ text: 'Real headline', size: 20 }, { text: '' }, { text: 'The body of the article is longer than its headline.' }]] });
    expect((await parsePdf(bytes)).metadata).toEqual({ title: 'Real headline' });
  });

  it('extracts CJK text through the character maps pdf.js ships', async () => {
    expect((await parsePdf(makeCjkPdf('日本語の文章です。'))).text).toBe('日本語の文章です。');
  });

  it('reads every page in order', async () => {
    const bytes = makePdf({ pages: [[{ text: 'First page.' }], [{ text: 'Second page.' }], [{ text: 'Third page.' }]] });
    expect((await parsePdf(bytes)).text).toBe('First page.\n\nSecond page.\n\nThird page.');
  });

  it('reads a long report: running header and page numbers dropped, hyphenated words rejoined', async () => {
    const bytes = makePdf(longPdfSpec(20));
    const started = performance.now();
    const parsed = await parsePdf(bytes);
    const elapsed = performance.now() - started;
    expect(parsed.blocks.filter((block) => block.kind === 'heading')).toHaveLength(20);
    expect(parsed.blocks.filter((block) => block.kind === 'paragraph')).toHaveLength(80);
    expect(parsed.text).not.toContain('Annual Review');
    expect(parsed.text).not.toMatch(/\n\n\d+\n\n/);
    expect(parsed.text.match(/investigation/g)).toHaveLength(20);
    expect(parsed.text).not.toContain('inves-');
    expect(elapsed).toBeLessThan(5000);
  });

  it('prints nothing while parsing', async () => {
    const log = vi.spyOn(console, 'log');
    const warn = vi.spyOn(console, 'warn');
    const error = vi.spyOn(console, 'error');
    await parsePdf(article);
    await parsePdf(makeScannedPdf()).catch(() => {});
    expect([log, warn, error].map((spy) => spy.mock.calls.length)).toEqual([0, 0, 0]);
  });

  it('refuses more pages than the limit, saying the limit', async () => {
    const bytes = makePdf({ pages: [[{ text: 'One.' }], [{ text: 'Two.' }], [{ text: 'Three.' }]] });
    const refusal = await refusalOf(parsePdf(bytes, { maxPages: 2 }));
    expect(refusal.reason).toBe('too-large');
    expect(refusal.message).toMatch(/has 3 pages; Sourcebook imports PDFs of up to 2 pages/);
    expect((await parsePdf(bytes, { maxPages: 3 })).blocks).toHaveLength(3);
  });

  it('refuses a scan, explaining that OCR is not supported', async () => {
    const refusal = await refusalOf(parsePdf(makeScannedPdf(2)));
    expect(refusal.reason).toBe('no-text-layer');
    expect(refusal.message).toBe(
      'This PDF has no text layer; it is probably a scan. Scanned PDFs need OCR (text recognition), which Sourcebook does not support yet.',
    );
  });

  it.each([0.5, 0.97])('refuses a PDF cut off at %s of its length as damaged', async (fraction) => {
    const refusal = await refusalOf(parsePdf(truncateBytes(makePdf(longPdfSpec(3)), fraction)));
    expect(refusal.reason).toBe('corrupt');
    expect(refusal.message).toMatch(/^This PDF is damaged or incomplete/);
  });

  it('refuses a PDF whose structure is garbage', async () => {
    const bytes = new TextEncoder().encode('%PDF-1.4\n' + 'garbage '.repeat(100) + '\n%%EOF\n');
    const refusal = await refusalOf(parsePdf(bytes));
    expect(refusal.reason).toBe('corrupt');
    expect(refusal.message).toMatch(/^This PDF is damaged or incomplete/);
  });

  it('refuses a file that is not a PDF', async () => {
    const refusal = await refusalOf(parsePdf(new TextEncoder().encode('<html>not a pdf</html>')));
    expect(refusal.reason).toBe('corrupt');
    expect(refusal.message).toMatch(/not a PDF/);
  });

  it('refuses a password-protected PDF', async () => {
    const refusal = await refusalOf(parsePdf(makeEncryptedPdf()));
    expect(refusal.reason).toBe('encrypted');
    expect(refusal.message).toMatch(/password/);
  });

  it('refuses an empty file', async () => {
    expect((await refusalOf(parsePdf(new Uint8Array()))).reason).toBe('empty');
  });

  it('stops when its signal is aborted, with an AbortError', async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(parsePdf(makePdf(longPdfSpec(3)), { signal: controller.signal })).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('checks the signal between pages', async () => {
    const controller = new AbortController();
    const bytes = makePdf(longPdfSpec(200));
    const parsing = parsePdf(bytes, { signal: controller.signal });
    setTimeout(() => controller.abort(), 20);
    await expect(parsing).rejects.toMatchObject({ name: 'AbortError' });
  });

  it('leaves the caller’s bytes intact', async () => {
    const bytes = makePdf({ pages: [[{ text: 'Still here.' }]] });
    const copy = bytes.slice();
    await parsePdf(bytes);
    expect(bytes).toEqual(copy);
  });
});
