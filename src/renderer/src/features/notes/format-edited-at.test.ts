import { describe, expect, it } from 'vitest';
import { formatEditedAt } from './format-edited-at';

describe('formatEditedAt', () => {
  const now = new Date(2026, 2, 12, 15, 0);
  const local = (...parts: [number, number, number, number, number]) => new Date(...parts).toISOString();

  it('shows only the time for today, the day and time this year, the date before', () => {
    expect(formatEditedAt(local(2026, 2, 12, 9, 30), now, 'en-GB')).toBe('09:30');
    expect(formatEditedAt(local(2026, 0, 5, 18, 4), now, 'en-GB')).toBe('5 Jan, 18:04');
    expect(formatEditedAt(local(2025, 11, 31, 23, 59), now, 'en-GB')).toBe('31 Dec 2025');
  });
});
