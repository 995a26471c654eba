import { describe, expect, it } from 'vitest';
import { codePointLength } from '../code-points';
import { findMatches, firstMatchFrom, makeSearchable, type TextMatch } from './search';

/** What each match covers, cut by code points as a TextPositionSelector would be. */
function cut(text: string, matches: TextMatch[]): string[] {
  const points = [...text];
  return matches.map((m) => points.slice(m.start, m.end).join(''));
}

function find(text: string, query: string) {
  return findMatches(makeSearchable(text), query).matches;
}

describe('find in document', () => {
  it('ignores case and diacritics, both ways', () => {
    const text = 'Éric met ERIC and eric at the Café; café CAFE.';
    expect(cut(text, find(text, 'eric'))).toEqual(['Éric', 'ERIC', 'eric']);
    expect(cut(text, find(text, 'CAFÉ'))).toEqual(['Café', 'café', 'CAFE']);
  });

  it('folds letters Unicode does not decompose, and typographic quotes and dashes', () => {
    const text = 'Łódź, Søren, Straße. Ms. Okafor’s memo — “quoted”.';
    expect(cut(text, find(text, 'lodz'))).toEqual(['Łódź']);
    expect(cut(text, find(text, 'soren'))).toEqual(['Søren']);
    expect(cut(text, find(text, 'strasse'))).toEqual(['Straße']);
    expect(cut(text, find(text, "okafor's"))).toEqual(['Okafor’s']);
    expect(cut(text, find(text, 'memo - "quoted"'))).toEqual(['memo — “quoted”']);
  });

  it('gives positions in code points, after emoji', () => {
    const text = '🛂🛂 border 😀 Border';
    const matches = find(text, 'border');
    expect(matches).toEqual([
      { start: 3, end: 9 },
      { start: 12, end: 18 },
    ]);
    expect(codePointLength(text)).toBe(18);
    expect(cut(text, matches)).toEqual(['border', 'Border']);
  });

  it('takes in the marks of a decomposed letter at the end of a match', () => {
    const text = 'cafe\u0301 ok';
    expect(find(text, 'cafe')).toEqual([{ start: 0, end: 5 }]);
  });

  it('does not overlap matches', () => {
    expect(find('aaaa', 'aa')).toEqual([
      { start: 0, end: 2 },
      { start: 2, end: 4 },
    ]);
    expect(find('aaa', 'aa')).toEqual([{ start: 0, end: 2 }]);
  });

  it('matches across a line break and spaces in a block, never across blocks', () => {
    const text = 'first line\nsecond   line\n\nnext block';
    expect(cut(text, find(text, 'line second line'))).toEqual(['line\nsecond   line']);
    expect(find(text, 'line next')).toEqual([]);
    expect(cut('soft\u00ADhyphen', find('soft\u00ADhyphen', 'softhyphen'))).toEqual(['soft\u00ADhyphen']);
  });

  it('finds nothing for an empty or blank query', () => {
    expect(find('some text', '')).toEqual([]);
    expect(find('some text', '   ')).toEqual([]);
  });

  it('stops at the limit and says so', () => {
    const result = findMatches(makeSearchable('a a a a a'), 'a', 3);
    expect(result.matches).toHaveLength(3);
    expect(result.truncated).toBe(true);
    expect(findMatches(makeSearchable('a a a'), 'a', 3).truncated).toBe(false);
  });

  it('starts from the first match at or after a position, wrapping round', () => {
    const matches = find('x.. x.. x..', 'x');
    expect(firstMatchFrom(matches, 0)).toBe(0);
    expect(firstMatchFrom(matches, 1)).toBe(1);
    expect(firstMatchFrom(matches, 4)).toBe(1);
    expect(firstMatchFrom(matches, 9)).toBe(0);
  });
});
