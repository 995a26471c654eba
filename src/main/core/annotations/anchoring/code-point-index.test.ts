import { describe, expect, it } from 'vitest';
import { codePointLength } from '../../sources/text-measures';
import { indexCodePoints } from './code-point-index';

describe('indexCodePoints', () => {
  it('maps offsets one to one in a text without astral characters', () => {
    const index = indexCodePoints('Okafor’s memo');
    expect(index.length).toBe(13);
    expect(index.toUnit(9)).toBe(9);
    expect(index.toCodePoint(9)).toBe(9);
    expect(index.toUnit(99)).toBe(13);
  });

  it('counts an emoji and a CJK extension B character once, though each is two UTF-16 units', () => {
    const text = 'a🛂b𠀀c';
    const index = indexCodePoints(text);
    expect(index.length).toBe(5);
    expect([0, 1, 2, 3, 4, 5].map(index.toUnit)).toEqual([0, 1, 3, 4, 6, 7]);
    expect(text.slice(index.toUnit(3), index.toUnit(5))).toBe('𠀀c');
    expect(index.toCodePoint(4)).toBe(3);
    // The second half of a pair belongs to the pair's code point.
    expect(index.toCodePoint(2)).toBe(1);
    expect(index.toCodePoint(7)).toBe(5);
  });

  it('counts a lone surrogate as one code point, as iterating the string does', () => {
    const text = 'x\uD83Dy\uDE02z🛂';
    expect(indexCodePoints(text).length).toBe(codePointLength(text));
  });
});
