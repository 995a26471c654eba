import { useEffect, useRef, type RefObject } from 'react';

/**
 * Keeps the text in view still while sections change height: a placeholder replaced by its
 * text, a section re-wrapped by a narrower window, an estimate replaced by a measurement.
 * When a section entirely above the view grows or shrinks, the scroll position moves by as
 * much, in the same frame (ResizeObserver runs after layout, before paint). A reader at the
 * very end stays at the end. The browser's own scroll anchoring is turned off in reader.css so
 * the two never both correct.
 *
 * Returns the measured height of every section that has been rendered: its placeholder takes
 * that height when it unmounts, so unmounting moves nothing.
 */
export function useKeptInPlace(
  scroller: HTMLElement | null,
  wrappers: RefObject<Map<number, HTMLElement>>,
  ready: boolean,
): RefObject<Map<number, number>> {
  const measured = useRef(new Map<number, number>());

  useEffect(() => {
    if (!scroller || !ready) return;
    const previous = new WeakMap<Element, number>();
    let atEnd = false;
    const onScroll = () => {
      atEnd = scroller.scrollTop > 0 && scroller.scrollTop + scroller.clientHeight >= scroller.scrollHeight - 2;
    };
    const observer = new ResizeObserver((entries) => {
      const inOrder = [...entries].sort((a, b) => indexOf(a.target) - indexOf(b.target));
      for (const entry of inOrder) {
        const wrapper = entry.target as HTMLElement;
        const height = entry.borderBoxSize[0]?.blockSize ?? wrapper.offsetHeight;
        const before = previous.get(wrapper);
        previous.set(wrapper, height);
        if (wrapper.dataset.rendered) measured.current.set(indexOf(wrapper), height);
        if (before === undefined || before === height) continue;
        if (wrapper.offsetTop + before <= scroller.scrollTop) scroller.scrollTop += height - before;
      }
      if (atEnd) scroller.scrollTop = scroller.scrollHeight;
    });
    for (const wrapper of wrappers.current.values()) observer.observe(wrapper);
    scroller.addEventListener('scroll', onScroll, { passive: true });
    return () => {
      observer.disconnect();
      scroller.removeEventListener('scroll', onScroll);
    };
  }, [scroller, wrappers, ready]);

  return measured;
}

function indexOf(element: Element): number {
  return Number((element as HTMLElement).dataset.section);
}
