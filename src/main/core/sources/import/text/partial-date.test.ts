import { describe, expect, it } from 'vitest';
import { partialDateFrom } from './partial-date';

describe('partialDateFrom', () => {
  it.each([
    ['2020-09-16T22:00:00-04:00', '2020-09-16'],
    ['2020-09-16T23:30:00+14:00', '2020-09-16'],
    ['2020-09-16 08:00', '2020-09-16'],
    ['2020-09-16', '2020-09-16'],
    ['2020-09', '2020-09'],
    ['2023', '2023'],
    ['20200916', '2020-09-16'],
    ['2020/9/6', '2020-09-06'],
    ['September 16, 2020', '2020-09-16'],
    ['Wednesday, Sept. 16th, 2020 at 10pm', '2020-09-16'],
    ['16 September 2020', '2020-09-16'],
    ['Wed, 16 Sep 2020 22:00:00 -0400', '2020-09-16'],
    ['Published: March 2019', '2019-03'],
    ['16/09/2020', '2020-09-16'],
    ['09/16/2020', '2020-09-16'],
    ['04/05/2020', '2020'],
  ])('%s → %s', (input, expected) => {
    expect(partialDateFrom(input)).toBe(expected);
  });

  it.each(['', '   ', 'yesterday', '2020-13-01', '2021-02-29', '0213-01-01', 'about 3 hours ago'])(
    'gives nothing for %j',
    (input) => {
      expect(partialDateFrom(input)).toBeUndefined();
    },
  );

  it('accepts 29 February in a leap year', () => {
    expect(partialDateFrom('2024-02-29')).toBe('2024-02-29');
  });
});
