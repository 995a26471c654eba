import { describe, expect, it } from 'vitest';
import { detectFormat } from './detect-format';
import { ImportRefusal } from './types';
import { refusalOf } from './test-support';

const bytes = (text: string) => new Uint8Array(Buffer.from(text, 'latin1'));

describe('detectFormat', () => {
  it('knows text formats by their extension, in any case', () => {
    expect(detectFormat(bytes('<p>hi</p>'), 'Page.HTM')).toBe('html');
    expect(detectFormat(bytes('hello'), 'memo.txt')).toBe('text');
    expect(detectFormat(bytes('# Notes'), 'notes.markdown')).toBe('markdown');
  });

  it('trusts the first bytes over the name: a PDF called .txt is a PDF', () => {
    expect(detectFormat(bytes('%PDF-1.7\n...'), 'notes.txt')).toBe('pdf');
    expect(detectFormat(bytes('PK\u0003\u0004rest'), 'letter.docx')).toBe('docx');
    expect(detectFormat(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0, 0]), 'old.doc')).toBe('docx');
  });

  it('refuses images, even named as documents, and says scans need OCR', () => {
    const refusal = refusalOf(() => detectFormat(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 13, 10]), 'letter.pdf'));
    expect(refusal.reason).toBe('unsupported');
    expect(refusal.message).toMatch(/“letter\.pdf” is a PNG image/);
    expect(refusal.message).toMatch(/OCR/);
  });

  it('refuses other archives and unknown extensions, naming what it does import', () => {
    expect(refusalOf(() => detectFormat(bytes('PK\u0003\u0004'), 'budget.xlsx')).message).toMatch(/a \.xlsx file.*\.docx/);
    const unknown = refusalOf(() => detectFormat(bytes('a,b,c'), 'contracts.csv'));
    expect(unknown.reason).toBe('unsupported');
    expect(unknown.message).toMatch(/cannot import \.csv files such as “contracts\.csv”\. It imports web pages/);
  });

  it('calls a .pdf or .docx that does not start like one damaged or renamed', () => {
    expect(refusalOf(() => detectFormat(bytes('hello'), 'report.pdf')).message).toMatch(/not a valid PDF/);
    expect(refusalOf(() => detectFormat(bytes('hello'), 'memo.docx')).reason).toBe('corrupt');
  });

  it('reads text that happens to start like a program as text', () => {
    expect(detectFormat(bytes('MZ Okafor told the board on Tuesday.'), 'notes.txt')).toBe('text');
  });

  it('recognises a page without an extension by its markup, else reads it as text', () => {
    expect(detectFormat(new Uint8Array(Buffer.from('\uFEFF  <!DOCTYPE html><html>', 'utf8')), 'saved-page')).toBe('html');
    expect(detectFormat(bytes('Dear colleagues,'), 'letter')).toBe('text');
  });
});
