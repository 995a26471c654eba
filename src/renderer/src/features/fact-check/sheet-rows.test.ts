import { describe, expect, it } from 'vitest';
import { GROUP_HEIGHT, ROW_HEIGHT, rowsInView, scrollToReveal, sheetRows } from './sheet-rows';
import { aCheck } from './test-checks';

describe('the sheet’s rows', () => {
  it('puts a heading before each named group and none for the ungrouped sheet', () => {
    const plain = sheetRows([{ key: 'all', label: '', claims: [aCheck(1), aCheck(2)] }]);
    expect(plain.rows.map((row) => row.type)).toEqual(['claim', 'claim']);
    expect(plain.height).toBe(2 * ROW_HEIGHT);
    const grouped = sheetRows([
      { key: 'false', label: 'False', claims: [aCheck(1)] },
      { key: 'verified', label: 'Verified', claims: [aCheck(2), aCheck(3)] },
    ]);
    expect(grouped.rows.map((row) => row.type)).toEqual(['group', 'claim', 'group', 'claim', 'claim']);
    expect(grouped.rows[2]!.top).toBe(GROUP_HEIGHT + ROW_HEIGHT);
    expect(grouped.height).toBe(2 * GROUP_HEIGHT + 3 * ROW_HEIGHT);
  });

  it('draws only the rows near the view', () => {
    const { rows } = sheetRows([{ key: 'all', label: '', claims: Array.from({ length: 5000 }, (_, i) => aCheck(i + 1)) }]);
    const { first, last } = rowsInView(rows, 100 * ROW_HEIGHT, 10 * ROW_HEIGHT, 0);
    expect(first).toBe(100);
    expect(last).toBe(110);
    expect(rowsInView(rows, 0, 600, 400)).toEqual({ first: 0, last: Math.ceil(1000 / ROW_HEIGHT) });
  });

  it('scrolls just enough to reveal a row under the header', () => {
    expect(scrollToReveal({ top: 100, height: 60 }, 0, 500, 40)).toBeNull();
    expect(scrollToReveal({ top: 100, height: 60 }, 200, 500, 40)).toBe(100);
    expect(scrollToReveal({ top: 600, height: 60 }, 0, 500, 40)).toBe(200);
  });
});
