/**
 * Offsets into a source's canonical text count Unicode code points (as W3C TextPositionSelectors
 * do); JavaScript strings and DOM ranges count UTF-16 units. An emoji is one of the first and two
 * of the second, so every crossing between the two goes through here.
 */

export function codePointLength(text: string): number {
  let count = 0;
  for (let index = 0; index < text.length; index++) {
    if (isPairAt(text, index)) index++;
    count++;
  }
  return count;
}

/** The UTF-16 index of the `codePoint`-th code point of a short string (a DOM text node). */
export function utf16IndexOf(text: string, codePoint: number): number {
  let index = 0;
  for (let seen = 0; seen < codePoint && index < text.length; seen++) index += isPairAt(text, index) ? 2 : 1;
  return index;
}

/** How many code points lie before a UTF-16 index; an index inside a pair counts its emoji. */
export function codePointsBefore(text: string, utf16Index: number): number {
  let count = 0;
  for (let index = 0; index < utf16Index && index < text.length; index++) {
    if (isPairAt(text, index)) index++;
    count++;
  }
  return count;
}

/**
 * Converts code-point offsets of one long text to UTF-16 indexes without copying the text into
 * an array of characters (a 1 MB report would make a million strings): only the positions of
 * the astral characters are kept, and a lookup is a binary search over them.
 */
export interface CodePointIndex {
  /** Length of the text in code points. */
  readonly length: number;
  toUtf16(codePoint: number): number;
  /** The text between two code-point offsets. */
  slice(start: number, end: number): string;
}

export function indexCodePoints(text: string): CodePointIndex {
  // The regular expression engine finds the pairs far faster than a loop over every unit.
  const astral: number[] = []; // code-point offsets of the characters that take two units
  for (const match of text.matchAll(SURROGATE_PAIR)) astral.push(match.index - astral.length);
  const length = text.length - astral.length;
  const toUtf16 = (offset: number): number => offset + countBelow(astral, offset);
  return { length, toUtf16, slice: (start, end) => text.slice(toUtf16(start), toUtf16(end)) };
}

const SURROGATE_PAIR = /[\uD800-\uDBFF][\uDC00-\uDFFF]/g;

/** How many sorted values are below `limit`. */
function countBelow(sorted: number[], limit: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (sorted[middle]! < limit) low = middle + 1;
    else high = middle;
  }
  return low;
}

function isPairAt(text: string, index: number): boolean {
  const unit = text.charCodeAt(index);
  if (unit < 0xd800 || unit > 0xdbff) return false;
  const next = text.charCodeAt(index + 1);
  return next >= 0xdc00 && next <= 0xdfff;
}
