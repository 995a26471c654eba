import { QUOTE_CONTEXT_LENGTH, type Span } from '../../../../shared/domain/annotation';
import { asIndexedText, type IndexedText } from './indexed-text';

/**
 * The selectors of the code points [start, end) of a canonical text: the position, the exact
 * text, and up to 32 code points of context either side (fewer at the text's edges).
 */
export function spanAt(text: string | IndexedText, start: number, end: number): Span {
  const indexed = asIndexedText(text);
  const length = indexed.codePoints.length;
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end > length || start >= end) {
    throw new RangeError(`A span must cover at least one code point within the text: [${start}, ${end}) of ${length}.`);
  }
  return {
    start,
    end,
    exact: indexed.slice(start, end),
    prefix: indexed.slice(Math.max(0, start - QUOTE_CONTEXT_LENGTH), start),
    suffix: indexed.slice(end, Math.min(length, end + QUOTE_CONTEXT_LENGTH)),
  };
}
