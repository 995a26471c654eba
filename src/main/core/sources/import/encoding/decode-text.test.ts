import { describe, expect, it } from 'vitest';
import { decodeText, encodingForLabel } from './decode-text';

/**
 * “Müller — José and Zoë” in windows-1252: curly quotes at 0x93/0x94 and the em dash at 0x97
 * exist only in windows-1252, not in ISO-8859-1, so a wrong guess shows.
 */
const WINDOWS_1252 = Uint8Array.from([
  0x93, 0x4d, 0xfc, 0x6c, 0x6c, 0x65, 0x72, 0x20, 0x97, 0x20, 0x4a, 0x6f, 0x73, 0xe9, 0x20, 0x61, 0x6e, 0x64, 0x20,
  0x5a, 0x6f, 0xeb, 0x94, 0x20, 0x73, 0x61, 0x69, 0x64, 0x20, 0x74, 0x68, 0x65, 0x20, 0x63, 0x6f, 0x6e, 0x74, 0x72,
  0x61, 0x63, 0x74, 0x20, 0x77, 0x61, 0x73, 0x20, 0x73, 0x69, 0x67, 0x6e, 0x65, 0x64, 0x2e,
]);
const WINDOWS_1252_TEXT = '“Müller — José and Zoë” said the contract was signed.';

function utf16(text: string, endian: 'le' | 'be', bom: boolean): Uint8Array {
  const bytes: number[] = bom ? (endian === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]) : [];
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (endian === 'le') bytes.push(unit & 0xff, unit >> 8);
    else bytes.push(unit >> 8, unit & 0xff);
  }
  return Uint8Array.from(bytes);
}

describe('decodeText', () => {
  it('reads windows-1252 without any declaration', () => {
    expect(decodeText(WINDOWS_1252)).toEqual({ text: WINDOWS_1252_TEXT, encoding: 'windows-1252' });
  });

  it('reads windows-1252 declared as such, or as iso-8859-1 (which WHATWG reads as windows-1252)', () => {
    expect(decodeText(WINDOWS_1252, { declaredCharset: 'windows-1252' }).text).toBe(WINDOWS_1252_TEXT);
    expect(decodeText(WINDOWS_1252, { declaredCharset: 'ISO-8859-1' })).toEqual({
      text: WINDOWS_1252_TEXT,
      encoding: 'windows-1252',
    });
  });

  it('ignores a declared charset no one knows, and detects instead', () => {
    expect(decodeText(WINDOWS_1252, { declaredCharset: 'klingon-8' }).encoding).toBe('windows-1252');
  });

  it('distrusts a declared UTF-8 that the bytes cannot be', () => {
    expect(decodeText(WINDOWS_1252, { declaredCharset: 'utf-8' }).text).toBe(WINDOWS_1252_TEXT);
  });

  it('follows a declared legacy charset over detection', () => {
    // 0xE9 is "é" in windows-1252 but "й" in windows-1251.
    expect(decodeText(Uint8Array.from([0x63, 0x61, 0x66, 0xe9]), { declaredCharset: 'windows-1251' }).text).toBe('cafй');
  });

  it('maps every byte of windows-1252 as WHATWG does (not as Node 20 does, nodejs/node#60888)', () => {
    const all = decodeText(Uint8Array.from({ length: 256 }, (_, i) => i), { declaredCharset: 'windows-1252' }).text;
    expect([...all]).toHaveLength(256);
    expect(all.slice(0x80, 0xa0)).toBe('€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ');
    expect(all.slice(0xa0)).toBe(String.fromCharCode(...Array.from({ length: 96 }, (_, i) => 0xa0 + i)));
  });

  it('reads UTF-8, with its BOM dropped', () => {
    const text = 'Zoë’s “note” — 🛂';
    const plain = new TextEncoder().encode(text);
    expect(decodeText(plain)).toEqual({ text, encoding: 'utf-8' });
    expect(decodeText(Uint8Array.from([0xef, 0xbb, 0xbf, ...plain]))).toEqual({ text, encoding: 'utf-8' });
  });

  it('reads UTF-8 cut off in the middle of a character', () => {
    const bytes = new TextEncoder().encode('Müller said “yes”');
    const { encoding, text } = decodeText(bytes.subarray(0, bytes.length - 1));
    expect(encoding).toBe('utf-8');
    expect(text.startsWith('Müller said “yes')).toBe(true);
  });

  it.each([
    ['le', true],
    ['le', false],
    ['be', true],
    ['be', false],
  ] as const)('reads UTF-16%s (BOM: %s)', (endian, bom) => {
    const text = 'Müller — José and Zoë said “no”.';
    expect(decodeText(utf16(text, endian, bom))).toEqual({ text, encoding: `utf-16${endian}` });
  });

  it('believes a byte-order mark over a lying declaration', () => {
    const text = 'José “quoted”';
    expect(decodeText(utf16(text, 'le', true), { declaredCharset: 'windows-1252' })).toEqual({
      text,
      encoding: 'utf-16le',
    });
    const utf8 = Uint8Array.from([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]);
    expect(decodeText(utf8, { declaredCharset: 'iso-8859-1' }).text).toBe(text);
  });

  it('recognises Cyrillic in windows-1251 without a declaration', () => {
    // "Мэр города объявил новый контракт."
    const bytes = Uint8Array.from([
      0xcc, 0xfd, 0xf0, 0x20, 0xe3, 0xee, 0xf0, 0xee, 0xe4, 0xe0, 0x20, 0xee, 0xe1, 0xfa, 0xff, 0xe2, 0xe8, 0xeb, 0x20,
      0xed, 0xee, 0xe2, 0xfb, 0xe9, 0x20, 0xea, 0xee, 0xed, 0xf2, 0xf0, 0xe0, 0xea, 0xf2, 0x2e,
    ]);
    expect(decodeText(bytes)).toEqual({ text: 'Мэр города объявил новый контракт.', encoding: 'windows-1251' });
  });
});

describe('encodingForLabel', () => {
  it('names encodings as WHATWG does and knows nothing of unknown or refused labels', () => {
    expect(encodingForLabel(' Latin1 ')).toBe('windows-1252');
    expect(encodingForLabel('us-ascii')).toBe('windows-1252');
    expect(encodingForLabel('Shift_JIS')).toBe('shift_jis');
    expect(encodingForLabel('x-unknown')).toBeUndefined();
    expect(encodingForLabel('iso-2022-kr')).toBeUndefined();
  });
});
