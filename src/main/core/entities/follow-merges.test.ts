import { describe, expect, it } from 'vitest';
import { followMerges } from './follow-merges';

describe('followMerges', () => {
  it('follows a chain of merges to the entity still in the registry', () => {
    const rows = new Map([
      [1, { merged_into: 2 }],
      [2, { merged_into: 3 }],
      [3, { merged_into: null }],
      [4, { merged_into: null }],
    ]);
    const current = followMerges(rows);
    expect([1, 2, 3, 4].map(current)).toEqual([3, 3, 3, 4]);
    expect(current(99)).toBe(99);
  });

  it('stops on a cycle rather than looping', () => {
    const current = followMerges(new Map([[1, { merged_into: 2 }], [2, { merged_into: 1 }]]));
    expect([1, 2]).toContain(current(1));
  });
});
