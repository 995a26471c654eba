import type { StatementHighlightsView } from '../../../../shared/domain/comparison';

export type FigureMark = StatementHighlightsView['figures'][number];

/** A run of a statement's words, marked as the view draws it. */
export interface Segment {
  text: string;
  /** A word the row's statements share: `all` when every one of them has it. */
  shared: 'all' | 'some' | null;
  /** A figure, with whether the row's other statements agree. Figures win over shared words. */
  figure: FigureMark | null;
}

/**
 * Splits `text` at the highlights' ranges (code points, as the services count) into runs to
 * draw. Overlaps are settled per character: a figure over a shared word is drawn as the figure.
 * Ranges outside the text are clipped, so a stale highlight never throws.
 */
export function segmentText(text: string, highlights: StatementHighlightsView | null): Segment[] {
  const chars = Array.from(text);
  if (!highlights || chars.length === 0) return chars.length ? [{ text, shared: null, figure: null }] : [];
  const shared: ('all' | 'some' | null)[] = new Array(chars.length).fill(null);
  const figures: (FigureMark | null)[] = new Array(chars.length).fill(null);
  for (const word of highlights.sharedWords) {
    for (let at = Math.max(0, word.start); at < Math.min(chars.length, word.end); at++) shared[at] = word.inAll || shared[at] === 'all' ? 'all' : 'some';
  }
  for (const figure of highlights.figures) {
    for (let at = Math.max(0, figure.start); at < Math.min(chars.length, figure.end); at++) {
      figures[at] = figure;
      shared[at] = null;
    }
  }
  const segments: Segment[] = [];
  let start = 0;
  for (let at = 1; at <= chars.length; at++) {
    if (at < chars.length && shared[at] === shared[start] && figures[at] === figures[start]) continue;
    const figure = figures[start]!;
    segments.push({ text: chars.slice(start, at).join(''), shared: shared[start]!, figure });
    start = at;
  }
  return segments;
}

/** What a figure's mark says on hover: its reading, and how it stands against the row. */
export function figureTitle(figure: FigureMark): string {
  const stands = figure.status === 'differs' ? 'differs from the other statements of this row' : figure.status === 'same' ? 'agrees with another statement of this row' : 'only this statement gives one';
  return `${figure.kind === 'count' ? 'Count' : figure.kind === 'percent' ? 'Share' : figure.kind === 'money' ? 'Amount' : 'Date'} read as ${figure.normalized}: ${stands}`;
}
