import { useEffect, useMemo, useRef, type RefObject } from 'react';
import type { ReaderBodyHandle } from './body/ReaderBody';
import { loadReadingPosition, readingPositionKey, saveReadingPosition, type ReadingPosition } from './reading-position';

/**
 * Remembers where the reader is in this source for this tab, and returns where it was when the
 * source was last open. Saved at most once a frame, after a scroll and after sections render
 * (a position read over a placeholder is only the section's; its text makes it exact).
 */
export function useRememberedPosition(
  investigationPath: string,
  sourceId: number,
  scroller: HTMLElement | null,
  body: RefObject<ReaderBodyHandle | null>,
  renderVersion: number,
): ReadingPosition | null {
  const key = readingPositionKey(investigationPath, sourceId);
  const initial = useMemo(() => loadReadingPosition(sessionStorage, key), [key]);
  const scheduleSave = useRef<() => void>(() => {});

  useEffect(() => {
    if (!scroller) return;
    let frame = 0;
    const save = () => {
      frame = 0;
      // Nothing to save until the reader has been scrolled: the top needs no remembering.
      if (scroller.scrollTop === 0 && !loadReadingPosition(sessionStorage, key)) return;
      const position = body.current?.readingPosition();
      if (position) saveReadingPosition(sessionStorage, key, position);
    };
    scheduleSave.current = () => {
      if (frame === 0) frame = requestAnimationFrame(save);
    };
    const onScroll = () => scheduleSave.current();
    scroller.addEventListener('scroll', onScroll, { passive: true });
    return () => {
      scroller.removeEventListener('scroll', onScroll);
      if (frame !== 0) cancelAnimationFrame(frame);
      scheduleSave.current = () => {};
    };
  }, [scroller, body, key]);

  useEffect(() => scheduleSave.current(), [renderVersion]);

  return initial;
}
