import { useEffect, useRef, type RefObject } from 'react';
import { useToasts } from '../../app/toasts';
import { useTagging } from '../tagging/tagging-context';
import { SHOW_INSPECTOR_EVENT } from '../tagging/TaggingLayer';
import { useLoadedAnnotations } from '../tagging/use-annotations';
import type { ReaderBodyHandle } from './body/ReaderBody';

/**
 * Opens the reader at one annotation (a quote card followed from a note, a mention from an
 * entity page): once the text can be measured, its span is scrolled into view and the
 * annotation is selected, so the inspector shows it. Done once per annotation asked for.
 */
export function useRevealAnnotation(
  sourceId: number,
  annotationId: number | null,
  body: RefObject<ReaderBodyHandle | null>,
  textReady: boolean,
): void {
  const annotations = useLoadedAnnotations(sourceId);
  const { select } = useTagging();
  const toasts = useToasts();
  const revealed = useRef<number | null>(null);

  useEffect(() => {
    if (annotationId === null) revealed.current = null;
    if (annotationId === null || !textReady || annotations === null || revealed.current === annotationId) return;
    revealed.current = annotationId;
    const target = annotations.find((annotation) => annotation.id === annotationId);
    if (!target) {
      toasts.show({
        tone: 'error',
        title: 'That annotation is gone',
        message: `Annotation #${annotationId} is no longer in this source; it may have been removed.`,
      });
      return;
    }
    select({ annotationId, sourceId });
    window.dispatchEvent(new Event(SHOW_INSPECTOR_EVENT));
    // An orphaned annotation has no place in the text; the inspector says so and shows its quote.
    if (target.anchor.state !== 'orphaned') void body.current?.reveal(target.anchor.start, target.anchor.end, { kind: 'center' });
  }, [annotationId, annotations, body, select, sourceId, textReady, toasts]);
}
