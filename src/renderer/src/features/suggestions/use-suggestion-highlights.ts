import { useEffect } from 'react';
import type { Suggestion } from '../../../../shared/domain/suggestion';
import { forEachRenderedRange } from '../reader/rendered-ranges';
import { SUGGESTION_HIGHLIGHT_NAMES, suggestionHighlightName } from './suggestion-kinds';

const SELECTED = 'sug-selected';

/**
 * Paints suggestions in the rendered sections as annotations are painted (CSS Custom Highlight
 * API, the DOM untouched), one highlight per kind, faint and dashed, and beneath the reporter's
 * own annotations: a suggestion is only ever a proposal.
 */
export function useSuggestionHighlights(
  container: HTMLElement | null,
  suggestions: readonly Suggestion[],
  selectedId: number | null,
  renderVersion: number,
): void {
  useEffect(() => {
    const registry = typeof CSS !== 'undefined' ? CSS.highlights : undefined;
    if (!registry || !container) return;
    const groups = new Map<string, Range[]>(SUGGESTION_HIGHLIGHT_NAMES.map((name) => [name, []]));
    const selectedRanges: Range[] = [];
    forEachRenderedRange(container, suggestions.map((suggestion) => suggestion.span), (index, range) => {
      const suggestion = suggestions[index]!;
      groups.get(suggestionHighlightName(suggestion.kind))?.push(range);
      if (suggestion.id === selectedId) selectedRanges.push(range);
    });
    for (const [name, ranges] of groups) {
      const highlight = new Highlight(...ranges);
      // Below every annotation (0–2); a name inside a suggested quote or event sentence is drawn over it.
      highlight.priority = name === 'sug-event' ? -3 : name === 'sug-quote' ? -2 : -1;
      registry.set(name, highlight);
    }
    if (selectedRanges.length > 0) {
      const highlight = new Highlight(...selectedRanges);
      highlight.priority = 4;
      registry.set(SELECTED, highlight);
    } else registry.delete(SELECTED);
    return () => {
      for (const name of SUGGESTION_HIGHLIGHT_NAMES) registry.delete(name);
      registry.delete(SELECTED);
    };
  }, [container, suggestions, selectedId, renderVersion]);
}
