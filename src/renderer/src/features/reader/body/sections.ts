import type { TextBlock } from '../../../../../shared/domain/source';

/**
 * A run of consecutive blocks rendered as one small read-only editor. Lexical has no
 * virtualization and slows down at hundreds of thousands of nodes, so a long source is cut
 * into sections that mount only near the viewport.
 */
export interface Section {
  index: number;
  blocks: readonly TextBlock[];
  /** Code-point offset of the first block's start and the last block's end. */
  start: number;
  end: number;
}

export interface SectionLimits {
  maxBlocks: number;
  /** About 6 code points a word: 16,000 is ~2,500 words, several screens of a long report. */
  maxCodePoints: number;
}

export const DEFAULT_SECTION_LIMITS: SectionLimits = { maxBlocks: 100, maxCodePoints: 16_000 };

/**
 * Cuts blocks into sections of bounded size, at places a reader would not notice: a list is
 * kept whole unless it is twice the limit, and a heading opens the next section rather than
 * ending one (so it is never separated from its first paragraph).
 */
export function splitIntoSections(blocks: readonly TextBlock[], limits: SectionLimits = DEFAULT_SECTION_LIMITS): Section[] {
  const groups: TextBlock[][] = [];
  let current: TextBlock[] = [];
  let size = 0;

  const close = () => {
    // Move trailing headings into the next section, unless they are all there is.
    let cut = current.length;
    while (cut > 1 && current[cut - 1]!.kind === 'heading') cut--;
    const carried = current.slice(cut);
    groups.push(current.slice(0, cut));
    current = carried;
    size = carried.reduce((total, block) => total + lengthOf(block), 0);
  };

  for (const block of blocks) {
    const previous = current[current.length - 1];
    const full = current.length >= limits.maxBlocks || size + lengthOf(block) > limits.maxCodePoints;
    const insideList = previous?.kind === 'list-item' && block.kind === 'list-item';
    const overfull = current.length >= 2 * limits.maxBlocks || size + lengthOf(block) > 2 * limits.maxCodePoints;
    if (current.length > 0 && full && (!insideList || overfull)) close();
    current.push(block);
    size += lengthOf(block);
  }
  if (current.length > 0) groups.push(current);

  return groups.map((group, index) => ({
    index,
    blocks: group,
    start: group[0]!.start,
    end: group[group.length - 1]!.end,
  }));
}

/** The section holding `offset`, or the nearest one before it (offsets between blocks). */
export function sectionIndexAt(sections: readonly Section[], offset: number): number {
  let low = 0;
  let high = sections.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >>> 1;
    if (sections[middle]!.start <= offset) low = middle;
    else high = middle - 1;
  }
  return low;
}

function lengthOf(block: TextBlock): number {
  return block.end - block.start;
}
