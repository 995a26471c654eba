import { useCallback, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { SourceDetail } from '../../../../shared/domain/source';
import { useWorkspace } from '../../app/workspace';
import '../../styles/reader.css';
import { ReaderBody, type ReaderBodyHandle } from './body/ReaderBody';
import { splitIntoSections } from './body/sections';
import { indexCodePoints } from './code-points';
import { FindBar } from './find/FindBar';
import { useFindInReader } from './find/use-find-in-reader';
import { ReaderHeader } from './header/ReaderHeader';
import { shownBlocks } from './shown-blocks';
import { useRememberedPosition } from './use-remembered-position';
import { useRevealAnnotation } from './use-reveal-annotation';
import { useSource } from './use-source';
import { TaggingLayer } from '../tagging/TaggingLayer';
import { useSuggestionsInReader } from '../suggestions/use-suggestions-in-reader';
import { isTyping } from '../../ui/is-typing';

export interface SourceReaderProps {
  id: number;
  /** Open at this annotation (scrolled to and selected) rather than where the reader last was. */
  annotationId?: number | null;
  onEditDetails?: () => void;
}

/**
 * A source as a reporter reads it: its metadata header above its canonical text, set like a
 * good article page, with find. The reader fills its parent and scrolls itself.
 */
export function SourceReader({ id, annotationId = null, onEditDetails }: SourceReaderProps) {
  const state = useSource(id);
  if (state.status === 'failed') {
    return (
      <p className="view-error" role="alert">
        {state.message}
      </p>
    );
  }
  if (state.status === 'loading') return <p className="view-loading">Opening…</p>;
  return <LoadedReader key={state.source.id} source={state.source} annotationId={annotationId} onEditDetails={onEditDetails} />;
}

function LoadedReader({ source, annotationId, onEditDetails }: { source: SourceDetail; annotationId: number | null; onEditDetails?: () => void }) {
  const titleId = useId();
  const workspace = useWorkspace();
  const [scroller, setScroller] = useState<HTMLDivElement | null>(null);
  const body = useRef<ReaderBodyHandle>(null);
  const [rendered, setRendered] = useState<{ version: number; any: boolean }>({ version: 0, any: false });

  const text = useMemo(() => indexCodePoints(source.text), [source.text]);
  const shown = useMemo(() => shownBlocks(source, text), [source, text]);
  const sections = useMemo(() => splitIntoSections(shown.blocks), [shown]);

  const onRenderedChange = useCallback(
    (sectionsRendered: ReadonlySet<number>) => setRendered((previous) => ({ version: previous.version + 1, any: previous.any || sectionsRendered.size > 0 })),
    [],
  );
  const ready = rendered.any || sections.length === 0;
  const rememberedPosition = useRememberedPosition(workspace.investigation?.path ?? '', source.id, scroller, body, rendered.version);
  // Opened at an annotation, the reader starts there, not where it was left.
  const [initialPosition] = useState(() => (annotationId === null ? rememberedPosition : null));
  useRevealAnnotation(source.id, annotationId, body, rendered.any);
  const suggestionsAt = useSuggestionsInReader(source.id, scroller, body, rendered.version, shown.blocks[0]?.start ?? 0);
  const { find, inputRef, close } = useFindInReader(source.text, body, scroller, workspace.dialog !== null, rendered.version);
  const onScrollerKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'End' && !event.shiftKey && !event.altKey && !isTyping(event.target)) {
      event.preventDefault();
      void body.current?.revealEnd();
    }
  };

  return (
    <article className="reader" aria-labelledby={titleId} data-ready={ready ? 'true' : undefined} aria-busy={!ready}>
      {find.isOpen ? <FindBar find={find} inputRef={inputRef} onClose={close} /> : null}
      {/* Focusable so the keyboard can scroll the text (arrows, Page Down, Space). */}
      <div className="reader-scroller" ref={setScroller} tabIndex={0} onKeyDown={onScrollerKeyDown}>
        <div className="reader-column">
          <ReaderHeader source={source} titleId={titleId} onEditDetails={onEditDetails} />
          <TaggingLayer source={source} text={text} container={scroller} renderVersion={rendered.version} overlayAt={suggestionsAt} />
          <ReaderBody
            ref={body}
            scroller={scroller}
            text={text}
            sections={sections}
            topHeadingLevel={shown.topHeadingLevel}
            initialPosition={initialPosition}
            onRenderedChange={onRenderedChange}
          />
        </div>
      </div>
    </article>
  );
}

