import { HONORIFICS } from './lexicon';

/** A word of the text, with where it is and what precedes it. */
export interface Token {
  text: string;
  start: number;
  end: number;
  /** Starts with a capital letter (or is an acronym such as "U.S."). */
  capitalized: boolean;
  /** The first word of a sentence, a paragraph or a quotation: capitalized whatever it is. */
  sentenceStart: boolean;
  /** What lies between the previous word and this one (", ", " ", "\n\n“"). */
  gap: string;
}

// "U.S.", "J.", "Okafor", "O’Brien", "Jean-Luc", "Inc.", "al-Rashid", "3M", "&".
const WORD = /(?:\p{Lu}\.){2,}|[\p{L}\p{M}\d][\p{L}\p{M}\d'’\-]*\.?|&/gu;

/** Words ending in a full stop that do not end a sentence. */
const ABBREVIATIONS = new Set(['Inc.', 'Corp.', 'Co.', 'Ltd.', 'Pvt.', 'Jr.', 'Sr.', 'St.', 'Mt.', 'Ft.', 'No.', 'Nos.', 'vs.', 'v.', 'Bros.', 'Gov.', 'Ave.', 'Rd.', 'Blvd.']);

export function isAbbreviation(word: string): boolean {
  return ABBREVIATIONS.has(word) || HONORIFICS.has(word) || /^(?:\p{Lu}\.)+$/u.test(word);
}

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let previousEnd = 0;
  for (const match of text.matchAll(WORD)) {
    let word = match[0];
    // A full stop ends a sentence, not the word, unless the word is an abbreviation.
    if (word.endsWith('.') && !isAbbreviation(word) && !/^\p{Lu}\.$/u.test(word)) word = word.slice(0, -1);
    const start = match.index;
    const gap = text.slice(previousEnd, start);
    // The gap holds a sentence's full stop (stripped from the word above), a line break, or a quotation's opening.
    const sentenceStart = tokens.length === 0 || /[\n!?“"‘]|[.:]\s/.test(gap);
    tokens.push({ text: word, start, end: start + word.length, capitalized: /^\p{Lu}/u.test(word), sentenceStart, gap });
    previousEnd = start + word.length;
  }
  return tokens;
}
