import { NOTE_EXCERPT_CHARS } from '../../../shared/domain/note';

/**
 * The start of a note's text on one line, for lists: line breaks and runs of spaces become one
 * space, and a cut is marked. Counted in code points so an emoji is never cut in half.
 */
export function noteExcerpt(plainTextStart: string, limit = NOTE_EXCERPT_CHARS): string {
  const oneLine = plainTextStart.replace(/\s+/g, ' ').trim();
  const points = [...oneLine];
  if (points.length <= limit) return oneLine;
  return `${points.slice(0, limit - 1).join('').trimEnd()}…`;
}
