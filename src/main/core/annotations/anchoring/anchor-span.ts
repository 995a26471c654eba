import type { AnchorState, Span } from '../../../../shared/domain/annotation';
import { findFuzzyQuoteFar, findFuzzyQuoteNear } from './find-fuzzy-quote';
import { findMovedQuote } from './find-moved-quote';
import { asIndexedText, type IndexedText } from './indexed-text';
import { PER_TEXT_CELLS, searchBudget } from './search-budget';

/** Where a stored span sits in the text as it is now, and how it was found. */
export interface Anchor {
  state: AnchorState;
  start: number;
  end: number;
}

/**
 * Places stored spans in a canonical text, trying the cheapest explanation first:
 * - exact: the text at the stored position is still the stored quote (O(quote length));
 * - moved: the quote occurs elsewhere (best agreeing context, then nearest);
 * - fuzzy: a passage alike enough occurs (see find-fuzzy-quote.ts), near the stored
 *   position, else farther;
 * - orphaned: nowhere; the stored position, clamped to the text, is kept so the span can be
 *   listed with its stored quote rather than dropped.
 * Every span gets each cheap step before any span gets an expensive one, and the searches
 * by likeness share one budget, so one text opens in bounded time however much changed.
 * The text is indexed once (or pass one already indexed).
 */
export function anchorAll(text: string | IndexedText, spans: readonly Span[]): Anchor[] {
  const indexed = asIndexedText(text);
  const budget = searchBudget(PER_TEXT_CELLS);
  const steps: Array<(span: Span) => Anchor | null> = [
    (span) => (isStillAt(indexed, span) ? { state: 'exact', start: span.start, end: span.end } : null),
    (span) => placed('moved', findMovedQuote(indexed, span)),
    (span) => placed('fuzzy', findFuzzyQuoteNear(indexed, span, budget)),
    (span) => placed('fuzzy', findFuzzyQuoteFar(indexed, span, budget)),
    (span) => orphaned(indexed, span),
  ];
  const anchors: Array<Anchor | null> = spans.map(() => null);
  for (const step of steps) {
    spans.forEach((span, index) => {
      anchors[index] ??= step(span);
    });
  }
  return anchors as Anchor[];
}

/** Places one span; see anchorAll. */
export function anchorSpan(text: string | IndexedText, span: Span): Anchor {
  return anchorAll(text, [span])[0]!;
}

function isStillAt(indexed: IndexedText, span: Span): boolean {
  const { text, codePoints } = indexed;
  if (span.start >= span.end || span.end > codePoints.length) return false;
  const unitStart = codePoints.toUnit(span.start);
  return codePoints.toUnit(span.end) - unitStart === span.exact.length && text.startsWith(span.exact, unitStart);
}

function placed(state: AnchorState, placement: { start: number; end: number } | null): Anchor | null {
  return placement && { state, start: placement.start, end: placement.end };
}

function orphaned(indexed: IndexedText, span: Span): Anchor {
  const length = indexed.codePoints.length;
  const start = Math.min(span.start, length);
  return { state: 'orphaned', start, end: Math.min(Math.max(span.end, start), length) };
}
