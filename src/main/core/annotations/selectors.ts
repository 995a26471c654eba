import { QUOTE_CONTEXT_LENGTH, type Span } from '../../../shared/domain/annotation';
import type { CodePointText } from './code-point-text';

/**
 * The W3C selectors of a code-point range of a canonical text: its position, and its exact
 * text with up to 32 code points of context either side. Made here from the stored text, never
 * taken from a window, so what is stored always describes the evidence.
 */
export function selectorsFor(text: CodePointText, start: number, end: number): Span {
  return {
    start,
    end,
    exact: text.slice(start, end),
    prefix: text.slice(Math.max(0, start - QUOTE_CONTEXT_LENGTH), start),
    suffix: text.slice(end, Math.min(text.length, end + QUOTE_CONTEXT_LENGTH)),
  };
}
