import { describe, expect, it } from 'vitest';
import { codePointLength, codePointsBefore, indexCodePoints, utf16IndexOf } from './code-points';

describe('code points', () => {
  const text = 'a🛂b😀😀c';

  it('counts an emoji once', () => {
    expect(codePointLength(text)).toBe(6);
    expect(text.length).toBe(9);
    expect(codePointLength('')).toBe(0);
  });

  it('finds the UTF-16 index of a code point, and back', () => {
    expect([0, 1, 2, 3, 4, 5, 6].map((offset) => utf16IndexOf(text, offset))).toEqual([0, 1, 3, 4, 6, 8, 9]);
    expect([0, 1, 3, 4, 6, 8, 9].map((index) => codePointsBefore(text, index))).toEqual([0, 1, 2, 3, 4, 5, 6]);
  });

  it('indexes a long text by its astral characters only', () => {
    const index = indexCodePoints(text);
    expect(index.length).toBe(6);
    expect(index.toUtf16(5)).toBe(8);
    expect(index.slice(1, 4)).toBe('🛂b😀');
    expect(index.slice(5, 6)).toBe('c');
    expect(indexCodePoints('plain').slice(1, 3)).toBe('la');
  });

  it('leaves a lone surrogate as one code point, as the browser does', () => {
    expect(codePointLength('a\ud800b')).toBe([...'a\ud800b'].length);
  });
});
