/**
 * Offsets into canonical text are counted in Unicode code points, as W3C TextPositionSelectors
 * are, never in UTF-16 units: "é" is 1 either way, but an emoji or a rare CJK character is 2
 * UTF-16 units and 1 code point, and the two counts must not be mixed.
 */
export function codePointLength(text: string): number {
  let count = 0;
  for (const _ of text) count++;
  return count;
}

let segmenter: Intl.Segmenter | undefined;
/** Segmenting one long string gets far slower than linear in V8 (a 500,000-character text
 * takes minutes); pieces of this size, cut at whitespace, keep it linear. */
const PIECE_LENGTH = 8192;
/** Scripts written without spaces between words: only a dictionary-based segmenter counts them. */
const UNSPACED_SCRIPT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;
/** A word of a spaced script: letters and digits, joined by an apostrophe or a decimal/thousands mark. */
const SPACED_WORD = /[\p{L}\p{M}\p{N}]+(?:['’.,:][\p{L}\p{M}\p{N}]+)*/gu;

/**
 * Words as Unicode's word-boundary rules see them: "Okafor’s" and "95,000" count once,
 * "2.8-million" twice. Text in scripts written with spaces is counted with a pattern of the
 * same rules, which is many times faster than Intl.Segmenter; text with Chinese, Japanese,
 * Thai and the like goes through the segmenter, which knows where their words end.
 */
export function countWords(text: string): number {
  if (!UNSPACED_SCRIPT.test(text)) return text.match(SPACED_WORD)?.length ?? 0;
  segmenter ??= new Intl.Segmenter(undefined, { granularity: 'word' });
  let count = 0;
  for (const piece of piecesAtWhitespace(text, PIECE_LENGTH)) {
    for (const segment of segmenter.segment(piece)) if (segment.isWordLike) count++;
  }
  return count;
}

/** Cuts only where whitespace is, so no word is split; a run without any is cut where it must. */
function* piecesAtWhitespace(text: string, length: number): Generator<string> {
  let start = 0;
  while (text.length - start > length) {
    let end = start + length;
    while (end > start && !/\s/.test(text[end]!)) end--;
    if (end === start) end = start + length;
    yield text.slice(start, end);
    start = end;
  }
  yield text.slice(start);
}
