import type { Suggestion } from '../../../../shared/domain/suggestion';
import { SUGGESTION_KINDS, type SuggestionKindInfo } from './suggestion-kinds';

/**
 * Where the review stands: a suggestion (one just decided too, so the next is found from its
 * place), an annotation, or a place in the text (`end: Infinity`: everything starting there
 * comes after it).
 */
export interface ReviewPoint {
  start: number;
  end: number;
  id?: number;
}

/**
 * The reading order `suggestions.list` gives (start, the longer first, then id), comparing a
 * suggestion with a point. A point without an id sits after a suggestion of the same span when
 * stepping forward and before it when stepping back, so neither step lands on that span again.
 */
function compare(suggestion: Suggestion, point: ReviewPoint, missingId: number): number {
  return suggestion.span.start - point.start || point.end - suggestion.span.end || suggestion.id - (point.id ?? missingId);
}

/**
 * The suggestion after (1) or before (-1) `point` in reading order; with `wrap`, past the last
 * comes the first and before the first the last. Needs no particular order of `suggestions`.
 */
export function neighbour(suggestions: readonly Suggestion[], point: ReviewPoint, direction: 1 | -1, wrap: boolean): Suggestion | null {
  const missingId = direction === 1 ? Infinity : -Infinity;
  let best: Suggestion | null = null;
  let extreme: Suggestion | null = null;
  for (const suggestion of suggestions) {
    const side = compare(suggestion, point, missingId) * direction;
    if (side > 0 && (best === null || compare(suggestion, spanPoint(best), 0) * direction < 0)) best = suggestion;
    if (extreme === null || compare(suggestion, spanPoint(extreme), 0) * direction < 0) extreme = suggestion;
  }
  return best ?? (wrap ? extreme : null);
}

/** Once a suggestion is decided, the one to review next: the following one, else the one before. */
export function afterDecision(remaining: readonly Suggestion[], decided: Suggestion): Suggestion | null {
  const rest = remaining.filter((suggestion) => suggestion.id !== decided.id);
  return neighbour(rest, spanPoint(decided), 1, false) ?? neighbour(rest, spanPoint(decided), -1, false);
}

export function spanPoint(suggestion: Suggestion): ReviewPoint {
  return { start: suggestion.span.start, end: suggestion.span.end, id: suggestion.id };
}

export interface SuggestionGroup {
  info: SuggestionKindInfo;
  suggestions: Suggestion[];
}

/** The side list's groups: one per kind that has suggestions, in the kinds' order, each in reading order. */
export function groupByKind(suggestions: readonly Suggestion[]): SuggestionGroup[] {
  return SUGGESTION_KINDS.map((info) => ({ info, suggestions: suggestions.filter((suggestion) => suggestion.kind === info.kind) })).filter(
    (group) => group.suggestions.length > 0,
  );
}
