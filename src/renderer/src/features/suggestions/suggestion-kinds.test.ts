import { describe, expect, it } from 'vitest';
import { suggestionKindSchema } from '../../../../shared/domain/suggestion';
import { describeSuggestion, SUGGESTION_HIGHLIGHT_NAMES, SUGGESTION_KINDS } from './suggestion-kinds';

describe('suggestion kinds', () => {
  it('covers every kind the analysis makes, each with its own highlight', () => {
    expect(SUGGESTION_KINDS.map((info) => info.kind).sort()).toEqual([...suggestionKindSchema.options].sort());
    expect(new Set(SUGGESTION_HIGHLIGHT_NAMES).size).toBe(suggestionKindSchema.options.length);
  });

  it('says what is suggested in words, for hovers and announcements', () => {
    expect(describeSuggestion({ kind: 'person', label: 'Adaeze Okafor' })).toBe('Suggested person: Adaeze Okafor');
    expect(describeSuggestion({ kind: 'money', label: 'USD 2,800,000' })).toBe('Suggested amount: USD 2,800,000');
    expect(describeSuggestion({ kind: 'quote', label: 'Said by Ms. Okafor' })).toBe('Suggested quote: said by Ms. Okafor');
    // A name keeps its capital.
    expect(describeSuggestion({ kind: 'organisation', label: 'Halden Systems' })).toBe('Suggested organisation: Halden Systems');
  });
});
