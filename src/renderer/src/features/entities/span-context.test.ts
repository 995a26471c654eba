import { describe, expect, it } from 'vitest';
import { shownContext } from './span-context';

describe('shownContext', () => {
  it('marks sides cut by the limit, dropping the broken word there', () => {
    expect(shownContext('ité. A spokesperson for ', ' declined to comm', 24)).toEqual({
      before: 'A spokesperson for ',
      after: ' declined to comm',
      cutBefore: true,
      cutAfter: false,
    });
    expect(shownContext('abcd', '.', 4)).toEqual({ before: 'abcd', after: '.', cutBefore: true, cutAfter: false });
    expect(shownContext('', ' declined to comm', 17).after).toBe(' declined to');
  });

  it('keeps only the paragraph of the match, and that is not a cut', () => {
    expect(shownContext('Title\n\nThe chief of ', ' said.\nNext paragraph', 20)).toEqual({
      before: 'The chief of ',
      after: ' said.',
      cutBefore: false,
      cutAfter: false,
    });
  });

  it('reads as one line', () => {
    expect(shownContext('said  \t ', ',\u00a0 in', 40).before).toBe('said ');
    expect(shownContext('said', ',\u00a0 in', 40).after).toBe(', in');
  });
});
