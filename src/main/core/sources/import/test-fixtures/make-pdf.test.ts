import { describe, expect, it } from 'vitest';
import { makeEncryptedPdf, makePdf, makeScannedPdf } from './make-pdf';

const latin1 = (bytes: Uint8Array) => Buffer.from(bytes).toString('latin1');

/** Every in-use xref entry must point exactly at its object's "N 0 obj" line. */
function expectExactXref(bytes: Uint8Array): void {
  const text = latin1(bytes);
  const startxref = Number(/startxref\n(\d+)\n%%EOF\n$/.exec(text)?.[1]);
  expect(text.slice(startxref, startxref + 4)).toBe('xref');
  const entries = text.slice(startxref).match(/^\d{10} \d{5} n $/gm) ?? [];
  expect(entries.length).toBeGreaterThan(0);
  entries.forEach((entry, i) => {
    const offset = Number(entry.slice(0, 10));
    expect(text.slice(offset, offset + `${i + 1} 0 obj`.length)).toBe(`${i + 1} 0 obj`);
  });
}

describe('makePdf', () => {
  it('writes exact cross-reference offsets', () => {
    expectExactXref(makePdf({ title: 'T', pages: [[{ text: 'a' }], [{ text: 'b', bold: true }]] }));
    expectExactXref(makeScannedPdf(2));
    expectExactXref(makeEncryptedPdf());
  });

  it('escapes parentheses and backslashes and writes WinAnsi bytes as octal escapes', () => {
    const text = latin1(makePdf({ pages: [[{ text: '(a\\b) é “q”' }]] }));
    expect(text).toContain('(\\(a\\\\b\\) \\351 \\223q\\224) Tj');
  });

  it('stays 7-bit apart from the binary marker comment', () => {
    const bytes = makePdf({ title: 'Zürich', pages: [[{ text: 'Zürich' }]] });
    const body = bytes.subarray(15);
    expect(body.every((byte) => byte < 0x80)).toBe(true);
  });

  it('refuses text WinAnsiEncoding cannot hold', () => {
    expect(() => makePdf({ pages: [[{ text: 'Ω' }]] })).toThrow(/WinAnsiEncoding has no "Ω"/);
  });
});
