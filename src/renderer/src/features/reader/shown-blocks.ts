import type { SourceDetail, TextBlock } from '../../../../shared/domain/source';
import type { CodePointIndex } from './code-points';

export interface ShownBlocks {
  blocks: TextBlock[];
  /** The level of the highest heading shown; it is rendered as h2 (h1 is the title). */
  topHeadingLevel: number;
}

/**
 * The blocks the reader shows. Saved articles usually repeat their headline as the first
 * heading; the header already shows the title, so that heading is left out (its text stays in
 * the canonical text, and offsets are unchanged).
 */
export function shownBlocks(source: Pick<SourceDetail, 'title' | 'blocks'>, text: CodePointIndex): ShownBlocks {
  const [first, ...rest] = source.blocks;
  const repeatsTitle = first?.kind === 'heading' && normalise(text.slice(first.start, first.end)) === normalise(source.title);
  const blocks = repeatsTitle ? rest : source.blocks;
  const levels = blocks.filter((block) => block.kind === 'heading').map((block) => block.level ?? 1);
  return { blocks, topHeadingLevel: levels.length > 0 ? Math.min(...levels) : 1 };
}

/** h2 for the top level shown, then h3…h6: the outline under the title stays unbroken. */
export function headingLevelFor(level: number | undefined, topHeadingLevel: number): number {
  return Math.min(6, Math.max(2, (level ?? 1) - topHeadingLevel + 2));
}

function normalise(text: string): string {
  return text.trim().replace(/\s+/g, ' ').toLowerCase();
}
