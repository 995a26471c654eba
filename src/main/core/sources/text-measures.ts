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

/**
 * Words as Unicode's word-boundary rules see them (Intl.Segmenter): "Okafor’s" and "95,000"
 * count once, "2.8-million" twice, and text written without spaces (Chinese, Japanese, Thai)
 * is still counted sensibly, which splitting on whitespace would not do.
 */
export function countWords(text: string): number {
  segmenter ??= new Intl.Segmenter(undefined, { granularity: 'word' });
  let count = 0;
  for (const segment of segmenter.segment(text)) if (segment.isWordLike) count++;
  return count;
}
