import type { Span } from '../../../../shared/domain/annotation';
import { codePointLength } from '../../sources/text-measures';
import { contextAgreement } from './context-agreement';
import type { IndexedText } from './indexed-text';

/** How far either side of the stored position to look before searching the whole text. */
const NEAR_WINDOW_UNITS = 4096;

export interface Placement {
  start: number;
  end: number;
}

interface Candidate extends Placement {
  /** Characters of stored context that agree (see contextAgreement). */
  agreement: number;
  /** Code points from the stored start. */
  distance: number;
}

/**
 * Where the span's exact text occurs now, if anywhere: the occurrence whose surroundings agree
 * best with the stored prefix and suffix, the nearest to the stored start among equals.
 * Occurrences near the stored start are tried first; one whose context agrees whole is the
 * answer, since no farther occurrence could beat it, and the rest of the text is not read;
 * otherwise every occurrence in the text is weighed (one indexOf pass, about 0.3 ms a MB).
 */
export function findMovedQuote(indexed: IndexedText, span: Span): Placement | null {
  const { text, codePoints } = indexed;
  const { exact, prefix, suffix } = span;
  if (exact.length === 0 || exact.length > text.length) return null;
  const whole = prefix.length + suffix.length;
  const hint = codePoints.toUnit(span.start);

  const near = bestOccurrence(indexed, span, Math.max(0, hint - NEAR_WINDOW_UNITS), hint + NEAR_WINDOW_UNITS);
  // An occurrence outside the window is more than NEAR_WINDOW_UNITS units away, so more than
  // half that in code points (an astral character is two units): only a whole agreement
  // nearer than that is sure to be the best.
  if (near && near.agreement === whole && near.distance <= NEAR_WINDOW_UNITS / 2) return near;
  return bestOccurrence(indexed, span, 0, text.length);
}

/** The best occurrence starting within UTF-16 indexes [from, to]. */
function bestOccurrence(indexed: IndexedText, span: Span, from: number, to: number): Candidate | null {
  const { text, codePoints } = indexed;
  const { exact, prefix, suffix } = span;
  const length = codePointLength(exact);
  // Searching a slice (which V8 does not copy) stops at the window's end instead of reading
  // on to the next occurrence, which may be the text's end.
  const window = from === 0 && to >= text.length ? text : text.slice(from, to + exact.length);
  let best: Candidate | null = null;
  for (let found = window.indexOf(exact); found !== -1; found = window.indexOf(exact, found + 1)) {
    const unit = from + found;
    const start = codePoints.toCodePoint(unit);
    // An occurrence starting inside a surrogate pair is not a place a selector can name.
    if (codePoints.toUnit(start) !== unit) continue;
    const agreement = contextAgreement(text, unit, unit + exact.length, prefix, suffix);
    const distance = Math.abs(start - span.start);
    if (!best || agreement > best.agreement || (agreement === best.agreement && distance < best.distance)) {
      best = { start, end: start + length, agreement, distance };
    }
  }
  return best;
}

