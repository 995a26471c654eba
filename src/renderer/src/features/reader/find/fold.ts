/**
 * Folding for find-in-document: lower case, no diacritics, compatibility forms and typographic
 * quotes reduced to what a reporter types. Folding is done one code point at a time so every
 * folded unit can point back to the code point it came from.
 */

/** Letters that carry their diacritic in the letter itself, so Unicode does not decompose them. */
const LETTERS: Record<string, string> = {
  ß: 'ss',
  ẞ: 'ss',
  æ: 'ae',
  Æ: 'ae',
  œ: 'oe',
  Œ: 'oe',
  ø: 'o',
  Ø: 'o',
  ł: 'l',
  Ł: 'l',
  đ: 'd',
  Đ: 'd',
  ð: 'd',
  Ð: 'd',
  þ: 'th',
  Þ: 'th',
  ı: 'i',
  // Typographic punctuation, so "Okafor's" finds "Okafor’s".
  '‘': "'",
  '’': "'",
  '‚': "'",
  '‛': "'",
  '′': "'",
  '“': '"',
  '”': '"',
  '„': '"',
  '‟': '"',
  '″': '"',
  '‐': '-',
  '‑': '-',
  '‒': '-',
  '–': '-',
  '—': '-',
  '−': '-',
};

const MARKS_AND_INVISIBLES = /[\p{M}\u00AD\u200B-\u200D\u2060\uFEFF]/gu;
const cache = new Map<string, string>();

/** One code point folded; "" for what search ignores (combining marks, soft hyphens). */
export function foldCodePoint(character: string): string {
  const code = character.codePointAt(0)!;
  if (code < 0x80) return code >= 0x41 && code <= 0x5a ? String.fromCharCode(code + 0x20) : character;
  let folded = cache.get(character);
  if (folded === undefined) {
    folded =
      LETTERS[character] ??
      [...character.normalize('NFKD').replace(MARKS_AND_INVISIBLES, '').toLowerCase()]
        .map((part) => LETTERS[part] ?? part)
        .join('');
    cache.set(character, folded);
  }
  return folded;
}

export function isWhitespace(character: string): boolean {
  return /\s/u.test(character);
}

/** The query as it is searched for: folded, with each run of white space one space. */
export function foldQuery(query: string): string {
  let folded = '';
  let inSpace = false;
  for (const character of query) {
    if (isWhitespace(character)) {
      if (!inSpace) folded += ' ';
      inSpace = true;
    } else {
      folded += foldCodePoint(character);
      inSpace = false;
    }
  }
  return folded;
}
