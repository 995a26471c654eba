import { useCallback, useEffect, useImperativeHandle, useLayoutEffect, useMemo, useRef, useState, type Ref } from 'react';
import type { CodePointIndex } from '../code-points';
import type { ReadingPosition } from '../reading-position';
import { BLOCK_CLASSES } from '../reader-theme';
import { estimateSectionHeight, type TypeMetrics } from './height-estimate';
import { measureType } from './measure-type';
import { firstVisibleBlock, scrollToText, type Placement } from './reveal';
import { SectionEditor } from './SectionEditor';
import { sectionIndexAt, type Section } from './sections';
import { useKeptInPlace } from './use-kept-in-place';
import { useNearbySections } from './use-nearby-sections';

export interface ReaderBodyHandle {
  /** Mounts the section holding `start` if it is not, then scrolls the text into view. */
  reveal(start: number, end: number, placement: Placement): Promise<void>;
  /** Scrolls to the very end, the last section rendered (End: see the comment in the body). */
  revealEnd(): Promise<void>;
  /** The first block in view and how far past its top the view is; null before any text. */
  readingPosition(): ReadingPosition | null;
}

interface ReaderBodyProps {
  ref?: Ref<ReaderBodyHandle>;
  /** The element that scrolls the reader; sections mount as they come near its viewport. */
  scroller: HTMLElement | null;
  text: CodePointIndex;
  sections: readonly Section[];
  topHeadingLevel: number;
  initialPosition: ReadingPosition | null;
  /** Which sections have their text in the DOM, each time that changes. */
  onRenderedChange(rendered: ReadonlySet<number>): void;
}

/**
 * The source's text as sections, each a small Lexical editor mounted only near the viewport.
 * The others are placeholders as tall as the section was when last rendered, or as it is
 * estimated to be, so the scrollbar tells the truth and nothing jumps as sections come and go.
 */
export function ReaderBody({ ref, scroller, text, sections, topHeadingLevel, initialPosition, onRenderedChange }: ReaderBodyProps) {
  const bodyRef = useRef<HTMLDivElement>(null);
  const [metrics, setMetrics] = useState<TypeMetrics | null>(null);
  const initialSection = initialPosition && sections.length > 0 ? sectionIndexAt(sections, initialPosition.offset) : 0;
  const wrappers = useRef(new Map<number, HTMLDivElement>());
  const nearby = useNearbySections(scroller, wrappers, metrics !== null, initialSection);
  const [pinned, setPinned] = useState<number | null>(null);
  const measured = useKeptInPlace(scroller, wrappers, metrics !== null);
  const rendered = useRef(new Set<number>());
  const waiters = useRef(new Map<number, (() => void)[]>());

  // The type is measured where the text will be, once per width: estimates follow the window.
  useLayoutEffect(() => {
    const body = bodyRef.current!;
    let width = -1;
    const remeasure = () => {
      if (body.clientWidth === width) return;
      width = body.clientWidth;
      setMetrics(measureType(body, (kind) => BLOCK_CLASSES[kind]));
    };
    remeasure();
    const observer = new ResizeObserver(remeasure);
    observer.observe(body);
    return () => observer.disconnect();
  }, []);

  // A section revealed for find or a remembered position stays until it has been seen and left.
  const pinnedSeen = useRef(false);
  useEffect(() => {
    if (pinned === null) return;
    if (nearby.has(pinned)) pinnedSeen.current = true;
    else if (pinnedSeen.current) setPinned(null);
  }, [nearby, pinned]);

  const onRendered = useCallback(
    (index: number, isRendered: boolean) => {
      if (isRendered) rendered.current.add(index);
      else rendered.current.delete(index);
      onRenderedChange(new Set(rendered.current));
      if (!isRendered) return;
      for (const resolve of waiters.current.get(index) ?? []) resolve();
      waiters.current.delete(index);
    },
    [onRenderedChange],
  );

  const whenRendered = useCallback((index: number) => {
    if (rendered.current.has(index)) return Promise.resolve();
    return new Promise<void>((resolve) => waiters.current.set(index, [...(waiters.current.get(index) ?? []), resolve]));
  }, []);

  const readingPosition = useCallback((): ReadingPosition | null => {
    if (!scroller || sections.length === 0) return null;
    const top = scroller.scrollTop;
    for (const section of sections) {
      const wrapper = wrappers.current.get(section.index);
      if (!wrapper || wrapper.offsetTop + wrapper.offsetHeight <= top) continue;
      if (rendered.current.has(section.index)) return firstVisibleBlock(scroller, wrapper);
      return { offset: section.start, delta: top - wrapper.offsetTop };
    }
    return null;
  }, [scroller, sections]);

  const reveal = useCallback(
    async (start: number, end: number, placement: Placement) => {
      if (!scroller || sections.length === 0) return;
      const index = sectionIndexAt(sections, start);
      if (!rendered.current.has(index)) {
        pinnedSeen.current = false;
        setPinned(index);
        await whenRendered(index);
      }
      const wrapper = wrappers.current.get(index);
      // A position that falls in the placeholder part of a section: go to the section's top.
      if (wrapper && !scrollToText(scroller, wrapper, start, end, placement) && placement.kind === 'top') {
        scroller.scrollTop = wrapper.offsetTop + placement.delta;
      }
    },
    [scroller, sections, whenRendered],
  );

  // The browser's own End animates towards the end as it was when the key was pressed; the last
  // section's text then replaces its estimate and the end moves. So End mounts it first.
  const revealEnd = useCallback(async () => {
    const last = sections.at(-1);
    if (!scroller || !last) return;
    if (!rendered.current.has(last.index)) {
      pinnedSeen.current = false;
      setPinned(last.index);
      await whenRendered(last.index);
    }
    scroller.scrollTop = scroller.scrollHeight;
  }, [scroller, sections, whenRendered]);

  useImperativeHandle(ref, () => ({ reveal, revealEnd, readingPosition }), [reveal, revealEnd, readingPosition]);

  // The remembered position, once the text can be measured; before the first paint.
  const restored = useRef(false);
  useLayoutEffect(() => {
    if (restored.current || !metrics || !scroller) return;
    restored.current = true;
    if (initialPosition) void reveal(initialPosition.offset, initialPosition.offset, { kind: 'top', delta: initialPosition.delta });
  }, [metrics, scroller, initialPosition, reveal]);

  const shown = useMemo(() => {
    const set = new Set(nearby);
    if (pinned !== null) set.add(pinned);
    return set;
  }, [nearby, pinned]);

  if (sections.length === 0) return <p className="reader-empty">This source has no text.</p>;

  return (
    <div className="reader-body" ref={bodyRef}>
      {metrics
        ? sections.map((section) => {
            const isShown = shown.has(section.index);
            const height = measured.current.get(section.index) ?? estimateSectionHeight(section, metrics);
            return (
              <div
                // Keyed by its range too: a section whose blocks change (the title edited so the first
                // heading is shown or hidden) is rebuilt, since an editor reads its blocks once.
                key={`${section.index}:${section.start}-${section.end}`}
                className="reader-section"
                data-section={section.index}
                data-start={section.start}
                data-end={section.end}
                data-rendered={isShown ? 'true' : undefined}
                style={isShown ? undefined : { height }}
                ref={(element) => {
                  if (element) wrappers.current.set(section.index, element);
                  else wrappers.current.delete(section.index);
                }}
              >
                {isShown ? <SectionEditor section={section} text={text} topHeadingLevel={topHeadingLevel} onRendered={onRendered} /> : null}
              </div>
            );
          })
        : null}
    </div>
  );
}
