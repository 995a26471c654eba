import { describe, expect, it } from 'vitest';
import { keepApart, pairWith, pinRow, releaseFromPins, unpinRow } from './pins';

describe('re-pairing by hand', () => {
  it('pairs an unpaired statement with another one as a new pinned row', () => {
    expect(pairWith([], 2, { column: 0, id: 1 }, { column: 1, id: 2 }, null)).toEqual([{ cells: [1, 2] }]);
  });

  it('puts a statement into the target’s row in place of what its column had', () => {
    // Row [3, 4, 5] by wording; statement 9 of column 0 joins 4's row and 3 goes free.
    expect(pairWith([], 3, { column: 0, id: 9 }, { column: 1, id: 4 }, [3, 4, 5])).toEqual([{ cells: [9, 4, 5] }]);
  });

  it('replaces the target row’s pin and takes the statement out of the pin it was in', () => {
    const pins = [{ cells: [1, 2] }, { cells: [3, 4] }];
    // 1 moves next to 4: its old pin [1, 2] is left with 2 alone and is dropped; [3, 4] becomes [1, 4].
    expect(pairWith(pins, 2, { column: 0, id: 1 }, { column: 1, id: 4 }, [3, 4])).toEqual([{ cells: [1, 4] }]);
  });

  it('keeps a statement apart, and releases the pins it was in', () => {
    expect(keepApart([{ cells: [1, 2, 3] }], 3, { column: 1, id: 2 })).toEqual([{ cells: [1, null, 3] }, { cells: [null, 2, null] }]);
  });

  it('pins and unpins a row as it stands', () => {
    const pinned = pinRow([{ cells: [1, 9] }], [1, 2]);
    expect(pinned).toEqual([{ cells: [1, 2] }]);
    expect(unpinRow(pinned, [1, 2])).toEqual([]);
    expect(unpinRow(pinned, [1, null])).toEqual(pinned);
  });

  it('drops a pin that no longer holds two statements, but keeps one that does', () => {
    expect(releaseFromPins([{ cells: [1, 2, null] }, { cells: [3, 4, 5] }, { cells: [null, 6, null] }], [2, 5, 6])).toEqual([{ cells: [3, 4, null] }]);
  });
});
