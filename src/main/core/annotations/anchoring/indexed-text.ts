import { type CodePointIndex, indexCodePoints } from './code-point-index';
import { foldCodePoint } from './fold';

/**
 * A canonical text prepared for anchoring: its code-point index, built once and shared by
 * every span anchored in the text, and (only when a quote has to be looked for by likeness)
 * its folded code points.
 */
export interface IndexedText {
  readonly text: string;
  readonly codePoints: CodePointIndex;
  /** The code points [start, end) as a string. */
  slice(start: number, end: number): string;
  /**
   * The code points [start, end) with typographic differences folded away (see fold.ts).
   * A window is folded on demand; the whole text, once, and kept.
   */
  foldedCodePoints(start: number, end: number): Int32Array;
}

export function indexText(text: string): IndexedText {
  const codePoints = indexCodePoints(text);
  let whole: Int32Array | undefined;
  const slice = (start: number, end: number) => text.slice(codePoints.toUnit(start), codePoints.toUnit(end));
  return {
    text,
    codePoints,
    slice,
    foldedCodePoints(start, end) {
      if (whole) return whole.subarray(start, end);
      if (start <= 0 && end >= codePoints.length) return (whole = foldedCodePointsOf(text));
      return foldedCodePointsOf(slice(start, end));
    },
  };
}

export function asIndexedText(text: string | IndexedText): IndexedText {
  return typeof text === 'string' ? indexText(text) : text;
}

/** A string's code points, folded. A plain loop: string iterators are several times slower here. */
export function foldedCodePointsOf(value: string): Int32Array {
  const folded = new Int32Array(value.length);
  let count = 0;
  for (let unit = 0; unit < value.length; unit++) {
    const code = value.codePointAt(unit)!;
    if (code > 0xffff) unit++;
    folded[count++] = foldCodePoint(code);
  }
  return folded.subarray(0, count);
}
