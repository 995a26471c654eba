import { describe, expect, it } from 'vitest';
import { QUOTE_CONTEXT_LENGTH } from '../../../../shared/domain/annotation';
import { spanAt } from './span-at';

describe('spanAt', () => {
  const text = 'In a letter to employees dated 16 September, Dana Okafor wrote: “We will not cut the border teams.” The union disagreed.';

  it('takes the exact text and 32 code points of context either side', () => {
    const start = text.indexOf('We will');
    const span = spanAt(text, start, start + 'We will not cut the border teams.'.length);
    expect(span.exact).toBe('We will not cut the border teams.');
    expect(span.prefix).toBe(text.slice(start - QUOTE_CONTEXT_LENGTH, start));
    expect(span.suffix).toBe(text.slice(span.end, span.end + QUOTE_CONTEXT_LENGTH));
    expect(span.prefix).toHaveLength(QUOTE_CONTEXT_LENGTH);
  });

  it('has a short prefix at the start of the text and a short suffix at its end', () => {
    expect(spanAt(text, 0, 2)).toMatchObject({ exact: 'In', prefix: '' });
    const end = [...text].length;
    expect(spanAt(text, end - 10, end - 1)).toMatchObject({ exact: 'disagreed', suffix: '.' });
    expect(spanAt(text, end - 1, end).suffix).toBe('');
  });

  it('counts context in code points, so astral characters are never cut in half', () => {
    const astral = '🛂'.repeat(40) + 'Okafor' + '𠀀'.repeat(40);
    const span = spanAt(astral, 40, 46);
    expect(span).toMatchObject({ start: 40, end: 46, exact: 'Okafor', prefix: '🛂'.repeat(32), suffix: '𠀀'.repeat(32) });
    expect(span.prefix).toHaveLength(64);
  });

  it('refuses an empty or out-of-range span', () => {
    expect(() => spanAt(text, 5, 5)).toThrow(RangeError);
    expect(() => spanAt(text, -1, 3)).toThrow(RangeError);
    expect(() => spanAt('🛂🛂', 0, 3)).toThrow(/of 2/);
  });
});
