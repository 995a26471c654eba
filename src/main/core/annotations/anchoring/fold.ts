/**
 * Typographic differences that should not count as edits when a quote is looked for by
 * likeness: a re-extracted text may have straight quotes where the old one had curly ones,
 * a non-breaking space for a space, a line break where there was a space, an en dash for a
 * hyphen. Each character maps to exactly one character, so positions are unchanged.
 */
const FOLDED = new Map<number, number>();
const fold = (characters: string, into: string) => {
  for (const character of characters) FOLDED.set(character.codePointAt(0)!, into.codePointAt(0)!);
};
fold('\u2018\u2019\u201A\u201B\u2032\u0060\u00B4\u02BC', "'");
fold('\u201C\u201D\u201E\u201F\u2033\u00AB\u00BB', '"');
fold('\u2010\u2011\u2012\u2013\u2014\u2015\u2212', '-');
fold('\t\n\v\f\r\u0085\u00A0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A\u2028\u2029\u202F\u205F\u3000', ' ');

const SPACE = 0x20;
const APOSTROPHE = 0x27;
const BACKTICK = 0x60;

export function foldCodePoint(code: number): number {
  // ASCII is nearly every character of most sources: keep it off the map.
  if (code < 0x80) {
    if (code >= 0x09 && code <= 0x0d) return SPACE;
    return code === BACKTICK ? APOSTROPHE : code;
  }
  return FOLDED.get(code) ?? code;
}

/** Whether two UTF-16 units are the same once folded (surrogate halves compare as they are). */
export function sameFolded(a: number, b: number): boolean {
  return a === b || foldCodePoint(a) === foldCodePoint(b);
}
