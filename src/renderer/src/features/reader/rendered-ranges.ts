import { offsetsToRange } from './dom-offsets';

/**
 * DOM ranges for spans of the canonical text (code points), in the sections rendered now. A
 * span that runs across sections gets one range per rendered part; a span in no rendered
 * section gets none. `onRange` hears which span each range is for.
 */
export function forEachRenderedRange(container: HTMLElement, spans: ReadonlyArray<{ start: number; end: number }>, onRange: (spanIndex: number, range: Range) => void): void {
  const sections = [...container.querySelectorAll<HTMLElement>('[data-rendered]')].map((section) => ({
    element: section,
    start: Number(section.dataset.start),
    end: Number(section.dataset.end),
  }));
  spans.forEach(({ start, end }, index) => {
    for (const section of sections) {
      if (end <= section.start || start >= section.end) continue;
      const range = offsetsToRange(section.element, Math.max(start, section.start), Math.min(end, section.end));
      if (range) onRange(index, range);
    }
  });
}
