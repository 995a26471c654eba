import type { Span } from '../../../../shared/domain/annotation';
import { searchApproximately } from './approximate-search';
import { contextAgreement } from './context-agreement';
import type { Placement } from './find-moved-quote';
import { foldedCodePointsOf, type IndexedText } from './indexed-text';
import { PER_SPAN_CELLS, type SearchBudget } from './search-budget';

/*
 * Finding a stored quote that changed a little (a typo fixed, quote marks straightened,
 * spacing re-flowed): approximate search, in bounded steps from near to far.
 */

/**
 * How alike a passage must be to the stored quote to be taken for it: 1 − edits / quote
 * length. At 0.8 a fixed typo, a changed word in a sentence or re-flowed spacing passes;
 * a different sentence of similar words does not. Typographic differences (quote marks,
 * dashes, kinds of space) are folded away first and cost nothing.
 */
export const MIN_SIMILARITY = 0.8;
/** Code points either side of the stored position searched first. */
const NEAR_WINDOW = 1000;
/** Fragments of a quote's surroundings and ends looked up exactly to find where it went. */
const SEED_LENGTH = 16;
const MIN_SEED_LENGTH = 8;
const MAX_HITS_PER_SEED = 16;

interface Candidate extends Placement {
  edits: number;
  agreement: number;
  distance: number;
}

/**
 * A passage like the span's exact text within a thousand or so code points of where it was
 * stored: the cheap search, tried for every span before any far one.
 */
export function findFuzzyQuoteNear(indexed: IndexedText, span: Span, pool: SearchBudget): Placement | null {
  const search = fuzzySearch(indexed, span, pool);
  return search?.within(span.start - NEAR_WINDOW, span.start + search.length + NEAR_WINDOW) ?? null;
}

/**
 * A passage like the span's exact text anywhere else: around places where the stored context
 * or the quote's first or last words still occur exactly (the passage moved far and changed a
 * little) and then, when it fits in the span's allowance, the whole text: a quote of up to about
 20 code points in a 1 MB text, about 130 in a 150 kB one.
 */
export function findFuzzyQuoteFar(indexed: IndexedText, span: Span, pool: SearchBudget): Placement | null {
  const search = fuzzySearch(indexed, span, pool);
  if (!search) return null;
  const slack = search.maxEdits + MIN_SEED_LENGTH;
  let best: Candidate | null = null;
  for (const expectedStart of seedStarts(indexed, span, search.length)) {
    if (search.spent()) break;
    best = search.within(expectedStart - slack, expectedStart + search.length + slack);
    if (best?.edits === 0) break;
  }
  if (best) return best;
  if (search.affords(indexed.codePoints.length)) return search.within(0, indexed.codePoints.length);
  return null;
}

/**
 * One span's search by likeness, window by window, keeping the best passage found so far:
 * the one with fewest edits, then the best agreeing context, then the nearest to the stored
 * start. Spends from the span's allowance and the text's pool alike.
 */
function fuzzySearch(indexed: IndexedText, span: Span, pool: SearchBudget) {
  const pattern = foldedCodePointsOf(span.exact);
  const length = pattern.length;
  const textLength = indexed.codePoints.length;
  if (length === 0 || textLength === 0 || pool.cells <= 0) return null;
  const maxEdits = Math.floor(length * (1 - MIN_SIMILARITY) + 1e-9);
  let allowance = Math.min(PER_SPAN_CELLS, pool.cells);
  let best: Candidate | null = null;

  return {
    length,
    maxEdits,
    spent: () => allowance <= 0,
    /** Whether searching this many code points is expected to fit what is left. */
    affords: (codePoints: number) => codePoints * (maxEdits + 1) <= allowance,
    within(from: number, to: number): Candidate | null {
      const start = Math.max(0, from);
      const haystack = indexed.foldedCodePoints(start, Math.min(textLength, to));
      const { cells } = searchApproximately(pattern, haystack, maxEdits, allowance, (matchStart, matchEnd, edits) => {
        best = better(best, candidate(indexed, span, start + matchStart, start + matchEnd, edits));
      });
      allowance -= cells;
      pool.cells -= cells;
      return best;
    },
  };
}

function candidate(indexed: IndexedText, span: Span, start: number, end: number, edits: number): Candidate {
  const { toUnit } = indexed.codePoints;
  return {
    start,
    end,
    edits,
    agreement: contextAgreement(indexed.text, toUnit(start), toUnit(end), span.prefix, span.suffix),
    distance: Math.abs(start - span.start),
  };
}

function better(current: Candidate | null, next: Candidate): Candidate {
  if (!current) return next;
  if (next.edits !== current.edits) return next.edits < current.edits ? next : current;
  if (next.agreement !== current.agreement) return next.agreement > current.agreement ? next : current;
  return next.distance < current.distance ? next : current;
}

/**
 * Where the quote would start, judging by exact occurrences of its stored prefix (it starts
 * where the prefix ends), its suffix (it ends where the suffix begins), and its own first and
 * last words. Only each fragment's first hits, so a common one cannot flood the search.
 */
function* seedStarts(indexed: IndexedText, span: Span, length: number): Generator<number> {
  const { text, codePoints } = indexed;
  const seeds: Array<{ fragment: string; startFrom: (start: number, end: number) => number }> = [
    { fragment: lastCodePoints(span.prefix, SEED_LENGTH), startFrom: (_, end) => end },
    { fragment: firstCodePoints(span.suffix, SEED_LENGTH), startFrom: (start) => start - length },
  ];
  if (length > SEED_LENGTH * 2) {
    seeds.push({ fragment: firstCodePoints(span.exact, SEED_LENGTH), startFrom: (start) => start });
    seeds.push({ fragment: lastCodePoints(span.exact, SEED_LENGTH), startFrom: (_, end) => end - length });
  }
  for (const { fragment, startFrom } of seeds) {
    if (fragment.length < MIN_SEED_LENGTH) continue;
    let hits = 0;
    for (let unit = text.indexOf(fragment); unit !== -1 && hits < MAX_HITS_PER_SEED; unit = text.indexOf(fragment, unit + 1)) {
      hits++;
      yield startFrom(codePoints.toCodePoint(unit), codePoints.toCodePoint(unit + fragment.length));
    }
  }
}

function firstCodePoints(value: string, count: number): string {
  return [...value].slice(0, count).join('');
}

function lastCodePoints(value: string, count: number): string {
  return [...value].slice(-count).join('');
}
