import { useEffect, useState, type RefObject } from 'react';

/** Sections within one viewport above or below the visible part are mounted. */
const NEARBY_MARGIN = '100% 0px';

/**
 * Which sections are near the scroller's viewport, from an IntersectionObserver over the
 * section wrappers (`data-section` holds each one's index). Until it first reports, the
 * section the reader opens at counts as nearby, so the text appears without waiting for it.
 */
export function useNearbySections(
  scroller: HTMLElement | null,
  wrappers: RefObject<Map<number, HTMLElement>>,
  ready: boolean,
  initial: number,
): ReadonlySet<number> {
  const [nearby, setNearby] = useState<ReadonlySet<number>>(() => new Set([initial]));

  useEffect(() => {
    if (!scroller || !ready) return;
    const observer = new IntersectionObserver(
      (entries) =>
        setNearby((previous) => {
          const next = new Set(previous);
          for (const entry of entries) {
            const index = Number((entry.target as HTMLElement).dataset.section);
            if (entry.isIntersecting) next.add(index);
            else next.delete(index);
          }
          return next;
        }),
      { root: scroller, rootMargin: NEARBY_MARGIN },
    );
    for (const wrapper of wrappers.current.values()) observer.observe(wrapper);
    return () => observer.disconnect();
  }, [scroller, wrappers, ready]);

  return nearby;
}
