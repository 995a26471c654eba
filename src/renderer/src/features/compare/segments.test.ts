import { describe, expect, it } from 'vitest';
import { figureTitle, segmentText } from './segments';

const figure = (start: number, end: number, status: 'same' | 'differs' | 'only-here' = 'differs') => ({ start, end, text: '', kind: 'money' as const, status, normalized: 'USD 1,500,000' });

describe('segmenting a statement by its highlights', () => {
  it('gives the whole text unmarked when there is nothing to mark', () => {
    expect(segmentText('We cancelled.', null)).toEqual([{ text: 'We cancelled.', shared: null, figure: null }]);
    expect(segmentText('', null)).toEqual([]);
  });

  it('marks shared words and figures, figures winning where they overlap', () => {
    const text = 'The contract is worth $1.5 million.';
    const money = figure(22, 34);
    const segments = segmentText(text, { sharedWords: [{ start: 4, end: 12, inAll: true }, { start: 16, end: 21, inAll: false }, { start: 22, end: 26, inAll: true }], figures: [money] });
    expect(segments.map((segment) => [segment.text, segment.shared, segment.figure ? segment.figure.status : null])).toEqual([
      ['The ', null, null],
      ['contract', 'all', null],
      [' is ', null, null],
      ['worth', 'some', null],
      [' ', null, null],
      ['$1.5 million', null, 'differs'],
      ['.', null, null],
    ]);
    expect(segments.map((segment) => segment.text).join('')).toBe(text);
  });

  it('counts code points, as the services do, so text after an emoji or accent stays aligned', () => {
    const text = '😀 costs $5';
    const segments = segmentText(text, { sharedWords: [{ start: 2, end: 7, inAll: true }], figures: [figure(8, 10)] });
    expect(segments.map((segment) => segment.text)).toEqual(['😀 ', 'costs', ' ', '$5']);
  });

  it('clips ranges that run past the text', () => {
    expect(segmentText('abc', { sharedWords: [{ start: 1, end: 40, inAll: false }], figures: [] }).map((segment) => segment.text)).toEqual(['a', 'bc']);
  });

  it('says what a figure was read as and how it stands in the row', () => {
    expect(figureTitle(figure(0, 1))).toBe('Amount read as USD 1,500,000: differs from the other statements of this row');
  });
});
