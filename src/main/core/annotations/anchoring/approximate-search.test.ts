import { describe, expect, it } from 'vitest';
import { searchApproximately } from './approximate-search';

const codes = (value: string) => Int32Array.from([...value].map((character) => character.codePointAt(0)!));

function matches(pattern: string, text: string, maxDistance: number, budget = 1e9) {
  const found: Array<[string, number]> = [];
  const haystack = codes(text);
  const result = searchApproximately(codes(pattern), haystack, maxDistance, budget, (start, end, distance) => {
    found.push([[...text].slice(start, end).join(''), distance]);
  });
  return { found, ...result };
}

describe('searchApproximately', () => {
  it('finds a passage with a changed, an added and a missing character', () => {
    expect(matches('receive the report', 'we did recieve the report today', 2).found).toContainEqual(['recieve the report', 2]);
    expect(matches('the border teams', 'cut the bordder teams now', 1).found).toContainEqual(['the bordder teams', 1]);
    expect(matches('the border teams', 'cut the bordr teams now', 1).found).toContainEqual(['the bordr teams', 1]);
  });

  it('finds nothing beyond the allowed edits', () => {
    expect(matches('receive the report', 'we did deceive the resort', 1).found).toEqual([]);
  });

  it('after a match, looks only for matches as close', () => {
    const { found } = matches('Okafor', 'Okafar wrote to Okafor', 1);
    expect(found.at(-1)).toEqual(['Okafor', 0]);
    expect(found.every(([, distance], index) => index === 0 || distance <= found[index - 1]![1])).toBe(true);
  });

  it('counts an astral character as one edit', () => {
    expect(matches('a🛂b', 'xx a𠀀b yy', 1).found).toContainEqual(['a𠀀b', 1]);
  });

  it('stops when its budget of cells is spent', () => {
    const result = matches('needle in a haystack', 'hay '.repeat(10_000), 4, 1000);
    expect(result.complete).toBe(false);
    expect(result.cells).toBeLessThan(1100);
  });
});
