import { describe, expect, it } from 'vitest';
import { steppedIndex } from './list-keys';

describe('arrow keys in a list', () => {
  it('move down and up, wrapping at the ends, and leave other keys alone', () => {
    expect(steppedIndex('ArrowDown', 0, 3)).toBe(1);
    expect(steppedIndex('ArrowDown', 2, 3)).toBe(0);
    expect(steppedIndex('ArrowUp', 0, 3)).toBe(2);
    expect(steppedIndex('ArrowUp', 0, 0)).toBe(0);
    expect(steppedIndex('Enter', 1, 3)).toBeNull();
  });
});
