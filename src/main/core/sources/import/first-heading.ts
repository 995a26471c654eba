import type { StructuredText } from './types';

const LONGEST_PLAUSIBLE_TITLE = 300;

/**
 * The text of the first heading, as a stand-in title when the document declares none (callers
 * fall back to the file name when this is undefined). A "heading" longer than a title can be
 * is a styling accident, not a title.
 */
export function firstHeadingText({ text, blocks }: StructuredText): string | undefined {
  const heading = blocks.find((block) => block.kind === 'heading');
  if (!heading) return undefined;
  // Offsets are in code points; slicing the string directly would split surrogate pairs.
  const title = Array.from(text).slice(heading.start, heading.end).join('').replace(/\s+/g, ' ').trim();
  return title !== '' && title.length <= LONGEST_PLAUSIBLE_TITLE ? title : undefined;
}
