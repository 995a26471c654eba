import type { TextBlock } from '../../../../../shared/domain/source';
import type { Section } from './sections';

/** How one kind of block sets: measured from the reader's own styles (see measure-type.ts). */
export interface KindMetrics {
  lineHeight: number;
  /** Characters a line holds on average, word wrapping included. */
  charsPerLine: number;
  /** Vertical space the block takes besides its lines. */
  margin: number;
}

export type TypeMetrics = Record<TextBlock['kind'], KindMetrics>;

/**
 * The height a section will take once rendered, from its blocks' lengths alone. Placeholders
 * use it for sections never rendered, so the scrollbar is about right from the start; a
 * rendered section's measured height replaces it.
 */
export function estimateSectionHeight(section: Section, metrics: TypeMetrics): number {
  let height = 0;
  for (const block of section.blocks) height += estimateBlockHeight(block, metrics);
  return Math.round(height);
}

export function estimateBlockHeight(block: TextBlock, metrics: TypeMetrics): number {
  const kind = metrics[block.kind];
  const lines = Math.max(1, Math.ceil((block.end - block.start) / Math.max(1, kind.charsPerLine)));
  return lines * kind.lineHeight + kind.margin;
}
