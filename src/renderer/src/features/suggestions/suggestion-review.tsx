import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { Annotation } from '../../../../shared/domain/annotation';
import type { Suggestion, SuggestionEdits, SuggestionKind } from '../../../../shared/domain/suggestion';
import { messageOf } from '../../api/api-error';
import { useApi } from '../../app/api-context';
import { newTaskId } from '../../app/tasks';
import { useToasts } from '../../app/toasts';
import { useWorkspace } from '../../app/workspace';
import { useTagging } from '../tagging/tagging-context';
import { SHOW_INSPECTOR_EVENT } from '../tagging/TaggingLayer';
import { afterDecision } from './review-order';
import { describeSuggestion, suggestionKindInfo } from './suggestion-kinds';
import { suggestionStore } from './use-suggestions';

/** The side list's heading: where the keyboard goes when the last suggestion is decided from the inspector. */
export const SUGGESTION_LIST_HEADING_ID = 'suggestion-list-heading';

/** What the open reader of a source tells the review: how it scrolls to a span, and where its shown text starts. */
export interface ReaderLink {
  reveal(suggestion: Suggestion): void;
  /** Text before this offset is the headline the reader shows as its title, not in the text. */
  shownFrom: number;
}

interface ReviewApi {
  /** The suggestion open in the inspector (never at the same time as an annotation). */
  selected: Suggestion | null;
  /** Opens a suggestion in the inspector; with `reveal`, the reader scrolls to it too. */
  select(suggestion: Suggestion | null, options?: { reveal?: boolean }): void;
  /** Makes it an annotation, which is then selected so it can be refined like any tag. */
  accept(suggestion: Suggestion, edits?: SuggestionEdits): Promise<Annotation | null>;
  /** Declines it for good and opens the next one. */
  reject(suggestion: Suggestion): Promise<void>;
  acceptAll(sourceId: number, kind: SuggestionKind): Promise<number | null>;
  /** Analyzes these sources (all of them with null) as a task in the status area. */
  analyze(sourceIds: number[] | null): Promise<void>;
  /** Sources being analyzed at this window's request ('all' for every source). */
  analyzing: ReadonlySet<number | 'all'>;
  /** The open reader says how it scrolls to a span of its source. */
  registerReader(sourceId: number, link: ReaderLink): () => void;
  /** Whether a suggestion lies in the headline the reader shows as its title (so it is not painted in the text). */
  inHeadline(suggestion: Suggestion): boolean;
  /** An annotation just accepted from the inspector: its panel takes the keyboard, once. */
  focusAnnotationId: number | null;
  consumeFocus(): void;
}

const ReviewContext = createContext<ReviewApi | null>(null);

function focusInInspector(): boolean {
  return document.activeElement instanceof HTMLElement && document.activeElement.closest('.inspector') !== null;
}

/**
 * Reviewing what the analysis suggests, across the app: which suggestion is open, accepting
 * (as is or corrected), rejecting, accepting a whole kind, and analyzing again. Decisions are
 * said in a polite live region, so the keyboard review (J, K, A, X) is heard as well as seen.
 */
export function SuggestionReviewProvider({ children }: { children: ReactNode }) {
  const api = useApi();
  const toasts = useToasts();
  const tagging = useTagging();
  const { investigation } = useWorkspace();
  const [selected, setSelected] = useState<Suggestion | null>(null);
  const [analyzing, setAnalyzing] = useState<ReadonlySet<number | 'all'>>(new Set());
  const [focusAnnotationId, setFocusAnnotationId] = useState<number | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const readers = useRef(new Map<number, ReaderLink>());
  const selectedRef = useRef<Suggestion | null>(null);
  selectedRef.current = selected;
  const { select: selectAnnotation, selected: selectedAnnotation } = tagging;

  // An annotation opened (clicked, tagged, undone to) replaces the suggestion in the inspector.
  useEffect(() => {
    if (selectedAnnotation) setSelected(null);
  }, [selectedAnnotation]);
  useEffect(() => setSelected(null), [investigation?.path]);

  const select = useCallback<ReviewApi['select']>(
    (suggestion, options = {}) => {
      if (suggestion) selectAnnotation(null);
      setSelected(suggestion);
      if (!suggestion) return;
      window.dispatchEvent(new Event(SHOW_INSPECTOR_EVENT));
      if (options.reveal) readers.current.get(suggestion.sourceId)?.reveal(suggestion);
    },
    [selectAnnotation],
  );

  const failed = useCallback((title: string, error: unknown) => toasts.show({ tone: 'error', title, message: messageOf(error) }), [toasts]);

  const accept = useCallback<ReviewApi['accept']>(
    async (suggestion, edits) => {
      const fromInspector = focusInInspector();
      try {
        const params = { id: suggestion.id, ...(edits ? { edits } : {}) };
        // Undoable like a tag (Ctrl/Cmd+Z): undo removes the annotation and offers the suggestion again.
        const annotation = await tagging.record(async () => ({
          result: await api.call('suggestions.accept', params),
          step: {
            label: 'Suggestion accepted',
            undo: async () => void (await api.call('suggestions.reopen', { id: suggestion.id })),
            redo: async () => void (await api.call('suggestions.accept', params)),
          },
        }));
        suggestionStore(api).drop(suggestion.sourceId, new Set([suggestion.id]));
        if (selectedRef.current === null || selectedRef.current.id === suggestion.id) {
          setSelected(null);
          selectAnnotation({ annotationId: annotation.id, sourceId: annotation.sourceId });
          if (fromInspector) setFocusAnnotationId(annotation.id);
        }
        setAnnouncement(`Accepted: ${describeSuggestion(suggestion).replace(/^Suggested /, '')}.`);
        return annotation;
      } catch (error) {
        failed('Could not accept this suggestion', error);
        return null;
      }
    },
    [api, failed, selectAnnotation, tagging],
  );

  const reject = useCallback<ReviewApi['reject']>(
    async (suggestion) => {
      const fromInspector = focusInInspector();
      try {
        await tagging.record(async () => ({
          result: await api.call('suggestions.reject', { id: suggestion.id }),
          step: {
            label: 'Suggestion rejected',
            undo: async () => void (await api.call('suggestions.reopen', { id: suggestion.id })),
            redo: async () => void (await api.call('suggestions.reject', { id: suggestion.id })),
          },
        }));
        const store = suggestionStore(api);
        const next = afterDecision(store.snapshot(suggestion.sourceId)?.suggestions ?? [], suggestion);
        store.drop(suggestion.sourceId, new Set([suggestion.id]));
        if (selectedRef.current?.id === suggestion.id) {
          if (next) select(next, { reveal: true });
          else {
            setSelected(null);
            if (fromInspector) requestAnimationFrame(() => document.getElementById(SUGGESTION_LIST_HEADING_ID)?.focus());
          }
        }
        setAnnouncement(`Rejected. ${next ? `Next: ${describeSuggestion(next)}.` : 'No suggestions left in this source.'}`);
      } catch (error) {
        failed('Could not reject this suggestion', error);
      }
    },
    [api, failed, select, tagging],
  );

  const acceptAll = useCallback<ReviewApi['acceptAll']>(
    async (sourceId, kind) => {
      const plural = suggestionKindInfo(kind).plural.toLowerCase();
      try {
        const { accepted } = await api.call('suggestions.acceptAll', { sourceId, kind });
        const store = suggestionStore(api);
        const ids = (store.snapshot(sourceId)?.suggestions ?? []).filter((suggestion) => suggestion.kind === kind).map((suggestion) => suggestion.id);
        store.drop(sourceId, new Set(ids));
        if (selectedRef.current?.sourceId === sourceId && selectedRef.current.kind === kind) setSelected(null);
        toasts.show({ tone: 'success', title: `Accepted ${accepted} ${accepted === 1 ? suggestionKindInfo(kind).noun : plural}`, message: 'Each is now an annotation; remove any one from the inspector.' });
        return accepted;
      } catch (error) {
        failed(`Could not accept the ${plural}`, error);
        return null;
      }
    },
    [api, failed, toasts],
  );

  const analyze = useCallback<ReviewApi['analyze']>(
    async (sourceIds) => {
      const key = sourceIds?.length === 1 ? sourceIds[0]! : 'all';
      const taskId = newTaskId();
      // Whether it ran to the end or was cancelled from the status area, the task's end says.
      const finished: { outcome?: string } = {};
      const off = api.onEvent((event) => {
        if (event.type === 'task.finished' && event.taskId === taskId) finished.outcome = event.outcome;
      });
      setAnalyzing((current) => new Set(current).add(key));
      try {
        const result = await api.call('analysis.run', { sourceIds, taskId });
        const summary = `${result.suggested.toLocaleString()} suggestion${result.suggested === 1 ? '' : 's'} to review in ${result.analyzed.toLocaleString()} source${result.analyzed === 1 ? '' : 's'}.`;
        if (finished.outcome === 'cancelled') {
          toasts.show({ tone: 'info', title: 'Analysis cancelled', message: `The sources analyzed before it stopped keep their new suggestions: ${summary}` });
        } else toasts.show({ tone: 'success', title: 'Analysis finished', message: summary });
      } catch (error) {
        toasts.show({ tone: 'error', title: 'Could not analyze', message: `${messageOf(error)} The suggestions made before are kept; try again, or tag by hand.` });
      } finally {
        off();
        setAnalyzing((current) => {
          const next = new Set(current);
          next.delete(key);
          return next;
        });
      }
    },
    [api, failed, toasts],
  );

  const registerReader = useCallback<ReviewApi['registerReader']>((sourceId, link) => {
    readers.current.set(sourceId, link);
    return () => {
      if (readers.current.get(sourceId) === link) readers.current.delete(sourceId);
    };
  }, []);
  const inHeadline = useCallback<ReviewApi['inHeadline']>(
    (suggestion) => suggestion.span.end <= (readers.current.get(suggestion.sourceId)?.shownFrom ?? 0),
    [],
  );

  const consumeFocus = useCallback(() => setFocusAnnotationId(null), []);

  const value = useMemo<ReviewApi>(
    () => ({ selected, select, accept, reject, acceptAll, analyze, analyzing, registerReader, inHeadline, focusAnnotationId, consumeFocus }),
    [selected, select, accept, reject, acceptAll, analyze, analyzing, registerReader, inHeadline, focusAnnotationId, consumeFocus],
  );
  return (
    <ReviewContext.Provider value={value}>
      {children}
      <div className="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </div>
    </ReviewContext.Provider>
  );
}

export function useSuggestionReview(): ReviewApi {
  const context = useContext(ReviewContext);
  if (!context) throw new Error('useSuggestionReview must be used inside SuggestionReviewProvider');
  return context;
}
