import { useEffect } from 'react';
import type { Annotation } from '../../../../shared/domain/annotation';
import type { Entity } from '../../../../shared/domain/entity';
import { offsetsToRange } from '../reader/dom-offsets';
import { HIGHLIGHT_NAMES, highlightName } from './kinds';

const SELECTED = 'ann-selected';

/**
 * Paints annotations in the rendered sections with the CSS Custom Highlight API, one highlight
 * per kind (and entity type), so overlapping and nested annotations simply paint over each
 * other and the text's DOM is never touched. Orphaned annotations have no place to paint.
 */
export function useAnnotationHighlights(
  container: HTMLElement | null,
  annotations: readonly Annotation[],
  entities: ReadonlyMap<number, Entity>,
  selectedId: number | null,
  renderVersion: number,
): void {
  useEffect(() => {
    const registry = typeof CSS !== 'undefined' ? CSS.highlights : undefined;
    if (!registry || !container) return;
    const groups = new Map<string, Range[]>(HIGHLIGHT_NAMES.map((name) => [name, []]));
    let selectedRange: Range | null = null;
    const sections = [...container.querySelectorAll<HTMLElement>('[data-rendered]')].map((section) => ({
      element: section,
      start: Number(section.dataset.start),
      end: Number(section.dataset.end),
    }));
    for (const annotation of annotations) {
      if (annotation.anchor.state === 'orphaned') continue;
      const { start, end } = annotation.anchor;
      // An annotation may run across sections: paint the part in each rendered one.
      for (const section of sections) {
        if (end <= section.start || start >= section.end) continue;
        const range = offsetsToRange(section.element, Math.max(start, section.start), Math.min(end, section.end));
        if (!range) continue;
        groups.get(highlightName(annotation, entities))?.push(range);
        if (annotation.id === selectedId) selectedRange = range;
      }
    }
    for (const [name, ranges] of groups) {
      const highlight = new Highlight(...ranges);
      // Comments and events sit under quotes and claims where they overlap.
      highlight.priority = name === 'ann-comment' ? 0 : name === 'ann-event' ? 1 : 2;
      registry.set(name, highlight);
    }
    if (selectedRange) {
      const highlight = new Highlight(selectedRange);
      highlight.priority = 5;
      registry.set(SELECTED, highlight);
    } else registry.delete(SELECTED);
    return () => {
      for (const name of HIGHLIGHT_NAMES) registry.delete(name);
      registry.delete(SELECTED);
    };
  }, [container, annotations, entities, selectedId, renderVersion]);
}
