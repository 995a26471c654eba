/**
 * Converts between code-point offsets, which selectors store, and UTF-16 indexes, which
 * JavaScript strings are addressed by. Built in one pass over the text; after that a
 * code-point offset becomes an index in O(1), so checking a stored span costs only its length.
 */
export interface CodePointIndex {
  /** How many code points the text has. */
  readonly length: number;
  /** The UTF-16 index where code point `offset` starts (clamped; `length` gives text.length). */
  toUnit(offset: number): number;
  /** The code point holding UTF-16 index `unit`; the second half of a pair maps to its pair. */
  toCodePoint(unit: number): number;
}

const ANY_SURROGATE = /[\uD800-\uDFFF]/;

export function indexCodePoints(text: string): CodePointIndex {
  // Most sources have no character outside the Basic Multilingual Plane; then both counts
  // are the same and no table is needed at all.
  if (!ANY_SURROGATE.test(text)) return identityIndex(text.length);

  const starts = new Uint32Array(text.length + 1);
  let count = 0;
  for (let unit = 0; unit < text.length; unit++) {
    starts[count++] = unit;
    if (isHighSurrogate(text.charCodeAt(unit)) && isLowSurrogate(text.charCodeAt(unit + 1))) unit++;
  }
  starts[count] = text.length;
  return tableIndex(starts.subarray(0, count + 1));
}

function identityIndex(length: number): CodePointIndex {
  const clamp = (value: number) => (value <= 0 ? 0 : value >= length ? length : value);
  return { length, toUnit: clamp, toCodePoint: clamp };
}

function tableIndex(starts: Uint32Array): CodePointIndex {
  const length = starts.length - 1;
  return {
    length,
    toUnit(offset) {
      return starts[offset <= 0 ? 0 : offset >= length ? length : offset]!;
    },
    toCodePoint(unit) {
      // The last code point starting at or before `unit`.
      let low = 0;
      let high = length;
      while (low < high) {
        const middle = (low + high + 1) >>> 1;
        if (starts[middle]! <= unit) low = middle;
        else high = middle - 1;
      }
      return low;
    },
  };
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}
