import { useEffect } from 'react';
import type { Annotation } from '../../../../shared/domain/annotation';
import type { Entity } from '../../../../shared/domain/entity';
import { forEachRenderedRange } from '../reader/rendered-ranges';
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
    const selectedRanges: Range[] = [];
    // Orphaned annotations have no place to paint; one running across sections is painted in each rendered part.
    const placed = annotations.filter((annotation) => annotation.anchor.state !== 'orphaned');
    forEachRenderedRange(container, placed.map((annotation) => annotation.anchor), (index, range) => {
      const annotation = placed[index]!;
      groups.get(highlightName(annotation, entities))?.push(range);
      // Every part of the selected one, when it runs across sections.
      if (annotation.id === selectedId) selectedRanges.push(range);
    });
    for (const [name, ranges] of groups) {
      const highlight = new Highlight(...ranges);
      // Comments and events sit under quotes and claims where they overlap.
      highlight.priority = name === 'ann-comment' ? 0 : name === 'ann-event' ? 1 : 2;
      registry.set(name, highlight);
    }
    if (selectedRanges.length > 0) {
      const highlight = new Highlight(...selectedRanges);
      highlight.priority = 5;
      registry.set(SELECTED, highlight);
    } else registry.delete(SELECTED);
    return () => {
      for (const name of HIGHLIGHT_NAMES) registry.delete(name);
      registry.delete(SELECTED);
    };
  }, [container, annotations, entities, selectedId, renderVersion]);
}
