import { useEffect } from 'react';
import { offsetsToRange } from '../dom-offsets';
import type { TextMatch } from './search';

const ALL = 'find-match';
const CURRENT = 'find-current';

/**
 * Paints the matches in the sections that are rendered with the CSS Custom Highlight API
 * (`::highlight(find-match)`, `::highlight(find-current)` in reader.css): no element is added to
 * the text, so Lexical's DOM and the offsets of the next selection stay exactly as they were.
 * Repainted whenever sections mount or unmount (`renderVersion`).
 */
export function useFindHighlights(
  container: HTMLElement | null,
  matches: readonly TextMatch[] | null,
  current: number,
  renderVersion: number,
): void {
  useEffect(() => {
    const registry = typeof CSS !== 'undefined' ? CSS.highlights : undefined;
    if (!registry || !container || !matches || matches.length === 0) return;
    const ranges: Range[] = [];
    let currentRange: Range | null = null;
    for (const section of container.querySelectorAll<HTMLElement>('[data-rendered]')) {
      const start = Number(section.dataset.start);
      const end = Number(section.dataset.end);
      for (let index = firstEndingAfter(matches, start); index < matches.length && matches[index]!.start < end; index++) {
        const range = offsetsToRange(section, matches[index]!.start, matches[index]!.end);
        if (!range) continue;
        ranges.push(range);
        if (index === current) currentRange = range;
      }
    }
    const all = new Highlight(...ranges);
    registry.set(ALL, all);
    if (currentRange) {
      const highlight = new Highlight(currentRange);
      highlight.priority = 1;
      registry.set(CURRENT, highlight);
    } else registry.delete(CURRENT);
    return () => {
      registry.delete(ALL);
      registry.delete(CURRENT);
    };
  }, [container, matches, current, renderVersion]);
}

function firstEndingAfter(matches: readonly TextMatch[], offset: number): number {
  let low = 0;
  let high = matches.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (matches[middle]!.end <= offset) low = middle + 1;
    else high = middle;
  }
  return low;
}
