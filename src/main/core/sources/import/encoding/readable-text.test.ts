import { describe, expect, it } from 'vitest';
import { ImportRefusal } from '../types';
import { decodeReadableText, looksBinary } from './readable-text';
import { refusalOf } from '../test-support';

describe('decodeReadableText', () => {
  it('passes text through', () => {
    expect(decodeReadableText(new TextEncoder().encode('Plain words.\n')).text).toBe('Plain words.\n');
  });

  it('refuses an empty or blank file as empty', () => {
    expect(refusalOf(() => decodeReadableText(new Uint8Array())).reason).toBe('empty');
    const blank = refusalOf(() => decodeReadableText(new TextEncoder().encode(' \r\n\t\n ')));
    expect(blank.reason).toBe('empty');
    expect(blank.message).toMatch(/empty/);
  });

  it('refuses binary data dressed as text', () => {
    // The start of a PNG, then bytes of every value.
    const bytes = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, ...Array.from({ length: 512 }, (_, i) => (i * 37) % 256)]);
    const refusal = refusalOf(() => decodeReadableText(bytes));
    expect(refusal.reason).toBe('binary');
    expect(refusal.message).toMatch(/^This file contains binary data, not text/);
    expect(refusalOf(() => decodeReadableText(bytes, { fileName: 'notes.txt' })).message).toMatch(
      /^This file \(“notes.txt”\) contains binary data, not text/,
    );
  });

  it('refuses NULs that are not UTF-16', () => {
    const bytes = new TextEncoder().encode('header\u0000\u0000\u0001record one\u0000record two, longer than the rest');
    expect(refusalOf(() => decodeReadableText(bytes)).reason).toBe('binary');
  });

  it('accepts UTF-16 without a BOM, NULs and all', () => {
    const bytes = Uint8Array.from([...'Hello, Zoë.'].flatMap((c) => [c.charCodeAt(0), 0]));
    expect(decodeReadableText(bytes).text).toBe('Hello, Zoë.');
  });
});

describe('looksBinary', () => {
  it('forgives a stray control character and trailing NUL padding', () => {
    expect(looksBinary('A line with a form feed\f and one bell\u0007 in a long enough text.')).toBe(false);
    expect(looksBinary('Padded text.\u0000\u0000\u0000')).toBe(false);
  });

  it('sees replacement characters and controls in bulk', () => {
    expect(looksBinary('\uFFFD\uFFFDab\uFFFD\u0002c')).toBe(true);
  });
});
