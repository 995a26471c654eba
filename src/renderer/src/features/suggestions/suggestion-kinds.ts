import type { Suggestion, SuggestionKind } from '../../../../shared/domain/suggestion';

/** The review keys (UI.md), pressed in the reader outside text fields: next, previous, accept, reject. */
export const REVIEW_KEYS = { next: 'J', previous: 'K', accept: 'A', reject: 'X' } as const;

export interface SuggestionKindInfo {
  kind: SuggestionKind;
  /** "person": how a hover or a heading names one ("Suggested person"). */
  noun: string;
  /** "People": a group of them in the side list. */
  plural: string;
}

/** The kinds in the order the side list groups them (the order the issue names them). */
export const SUGGESTION_KINDS: readonly SuggestionKindInfo[] = [
  { kind: 'person', noun: 'person', plural: 'People' },
  { kind: 'organisation', noun: 'organisation', plural: 'Organisations' },
  { kind: 'place', noun: 'place', plural: 'Places' },
  { kind: 'money', noun: 'amount', plural: 'Amounts' },
  { kind: 'date', noun: 'date', plural: 'Dates' },
  { kind: 'quote', noun: 'quote', plural: 'Quotes' },
  { kind: 'event', noun: 'event', plural: 'Events' },
];

export function suggestionKindInfo(kind: SuggestionKind): SuggestionKindInfo {
  return SUGGESTION_KINDS.find((info) => info.kind === kind)!;
}

/** One highlight per kind, so each is painted in its kind's colour, faint and dashed (UI.md). */
export const SUGGESTION_HIGHLIGHT_NAMES = SUGGESTION_KINDS.map((info) => `sug-${info.kind}`);

export function suggestionHighlightName(kind: SuggestionKind): string {
  return `sug-${kind}`;
}

/** "Suggested person: Adaeze Okafor", "Suggested quote: said by Ms. Okafor". */
export function describeSuggestion(suggestion: Pick<Suggestion, 'kind' | 'label'>): string {
  const label = suggestion.kind === 'quote' ? suggestion.label.replace(/^\p{Lu}(?=\p{Ll})/u, (first) => first.toLowerCase()) : suggestion.label;
  return `Suggested ${suggestionKindInfo(suggestion.kind).noun}: ${label}`;
}
