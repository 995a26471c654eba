import { useCallback, useEffect, type RefObject } from 'react';
import type { ReaderBodyHandle } from '../reader/body/ReaderBody';
import type { TextOverlayItem } from '../tagging/TaggingLayer';
import { useTagging } from '../tagging/tagging-context';
import { useAnnotations } from '../tagging/use-annotations';
import { neighbour, spanPoint, type ReviewPoint } from './review-order';
import { describeSuggestion, REVIEW_KEYS } from './suggestion-kinds';
import { useSuggestionReview } from './suggestion-review';
import { useSuggestionHighlights } from './use-suggestion-highlights';
import { useSuggestions } from './use-suggestions';
import { isTyping } from '../../ui/is-typing';


/**
 * Suggestions in the open reader: painted under the annotations, said on hover and opened on
 * click (through the tagging layer, which owns both), and reviewed with the keyboard: J and K
 * step through them in reading order (from the one open, the annotation open, or the top of the
 * view), A accepts and X rejects the one open. Returns what lies at a place, for the hover.
 */
export function useSuggestionsInReader(
  sourceId: number,
  container: HTMLElement | null,
  body: RefObject<ReaderBodyHandle | null>,
  renderVersion: number,
  /** Where the shown text starts: before it, the headline the header shows as the title. */
  shownFrom: number,
): (offset: number) => TextOverlayItem[] {
  const { suggestions } = useSuggestions(sourceId);
  const review = useSuggestionReview();
  const tagging = useTagging();
  const annotations = useAnnotations(sourceId);
  const selected = review.selected?.sourceId === sourceId ? review.selected : null;
  useSuggestionHighlights(container, suggestions, selected?.id ?? null, renderVersion);

  const { registerReader } = review;
  useEffect(
    () =>
      registerReader(sourceId, {
        shownFrom,
        reveal: (suggestion) => {
          // In the headline: the title at the top of the reader is where it is.
          if (suggestion.span.end <= shownFrom) container?.scrollTo({ top: 0 });
          else void body.current?.reveal(suggestion.span.start, suggestion.span.end, { kind: 'center' });
        },
      }),
    [registerReader, sourceId, body, container, shownFrom],
  );

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || event.shiftKey) return;
      if (isTyping(event.target) || document.querySelector('dialog[open]')) return;
      // The edit form's own buttons take Enter and Space; A there must not accept the uncorrected suggestion.
      if (event.target instanceof Element && event.target.closest('[data-suggestion-edit]')) return;
      const key = event.key.toUpperCase();
      if (key === REVIEW_KEYS.next || key === REVIEW_KEYS.previous) {
        event.preventDefault();
        const direction = key === REVIEW_KEYS.next ? 1 : -1;
        const point = reviewPoint();
        const target = neighbour(suggestions, point, direction, true);
        if (!target) return;
        review.select(target, { reveal: true });
      } else if (key === REVIEW_KEYS.accept && selected) {
        event.preventDefault();
        void review.accept(selected);
      } else if (key === REVIEW_KEYS.reject && selected) {
        event.preventDefault();
        void review.reject(selected);
      }
    };
    /** Where J and K step from: the suggestion open, else the annotation open, else the top of the view. */
    const reviewPoint = (): ReviewPoint => {
      if (selected) return spanPoint(selected);
      const annotation = tagging.selected?.sourceId === sourceId ? annotations.find((candidate) => candidate.id === tagging.selected!.annotationId) : undefined;
      if (annotation && annotation.anchor.state !== 'orphaned') return { start: annotation.anchor.start, end: annotation.anchor.end };
      return { start: body.current?.readingPosition()?.offset ?? 0, end: Infinity };
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [suggestions, selected, review, tagging.selected, annotations, sourceId, body]);

  const { select } = review;
  return useCallback(
    (offset: number) =>
      suggestions
        .filter((suggestion) => suggestion.span.start <= offset && offset < suggestion.span.end)
        .map((suggestion) => ({
          start: suggestion.span.start,
          end: suggestion.span.end,
          line: `${describeSuggestion(suggestion)} — ${suggestion.id === selected?.id ? 'A accept, X reject' : 'click, then A accept, X reject'}`,
          open: () => select(suggestion),
        })),
    [suggestions, selected, select],
  );
}
