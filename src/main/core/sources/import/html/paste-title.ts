import type { StructuredText } from '../types';

const LONGEST_TITLE = 80;

let sentences: Intl.Segmenter | undefined;

/**
 * A title for pasted text, which has no file name to fall back on: its first heading, else its
 * first sentence, cut at a word boundary with "…" when longer than about 80 characters.
 */
export function pasteTitle({ text, blocks }: StructuredText): string | undefined {
  const points = [...text];
  const heading = blocks.find((block) => block.kind === 'heading');
  const source = heading ?? blocks[0];
  if (!source) return undefined;
  const blockText = points.slice(source.start, source.end).join('').replace(/\s+/g, ' ').trim();
  return shorten(heading ? blockText : firstSentence(blockText));
}

function firstSentence(text: string): string {
  sentences ??= new Intl.Segmenter(undefined, { granularity: 'sentence' });
  const first = sentences.segment(text)[Symbol.iterator]().next().value?.segment ?? text;
  // A title has no full stop; "?" and "!" carry meaning and stay.
  return first.trim().replace(/(?<!\.)\.$/, '');
}

function shorten(text: string): string | undefined {
  if (text === '') return undefined;
  const points = [...text];
  if (points.length <= LONGEST_TITLE) return text;
  // Cut one short, so that with its "…" the title is at most LONGEST_TITLE long.
  const cut = points.slice(0, LONGEST_TITLE - 1).join('');
  // A word that the cut runs through is dropped whole (unless it is most of the title).
  const atWord = /\s/.test(points[LONGEST_TITLE - 1] ?? ' ') ? cut : cut.replace(/\s+\S*$/, '');
  return `${(atWord.length >= LONGEST_TITLE / 2 ? atWord : cut).replace(/[\s,;:.–—-]+$/, '')}…`;
}
