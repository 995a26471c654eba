import { describe, expect, it } from 'vitest';
import { trimSpan } from './trim-span';

const sliceOf = (text: string) => (start: number, end: number) => [...text].slice(start, end).join('');

describe('trimSpan', () => {
  it('drops spaces and line breaks at both ends, counting code points', () => {
    const text = '🛂 “We agree,” \n';
    expect(trimSpan(sliceOf(text), 1, [...text].length)).toEqual({ start: 2, end: 13 });
  });

  it('gives nothing for a selection of only whitespace', () => {
    expect(trimSpan(sliceOf('a   b'), 1, 4)).toBeNull();
  });
});
