/**
 * A text addressed by code points, as annotation selectors are. Built once per text (O(n)),
 * then any code-point range is sliced in O(length) without spreading the whole text.
 */
export class CodePointText {
  /** UTF-16 index of each code point, and one past the end. */
  private readonly unitIndex: Uint32Array;

  constructor(readonly text: string) {
    const indexes: number[] = [];
    for (let unit = 0; unit < text.length; unit++) {
      indexes.push(unit);
      const code = text.charCodeAt(unit);
      // A high surrogate followed by a low one is one code point of two units.
      if (code >= 0xd800 && code <= 0xdbff && unit + 1 < text.length) {
        const next = text.charCodeAt(unit + 1);
        if (next >= 0xdc00 && next <= 0xdfff) unit++;
      }
    }
    indexes.push(text.length);
    this.unitIndex = Uint32Array.from(indexes);
  }

  get length(): number {
    return this.unitIndex.length - 1;
  }

  /** UTF-16 index of a code-point offset (clamped to the text). */
  unitAt(offset: number): number {
    return this.unitIndex[Math.max(0, Math.min(offset, this.length))]!;
  }

  slice(start: number, end: number): string {
    return this.text.slice(this.unitAt(start), this.unitAt(end));
  }
}
