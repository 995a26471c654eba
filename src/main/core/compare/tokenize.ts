import { isStopWord } from './stop-words';

/** A word or figure of a statement, as the comparison sees it. */
export interface Token {
  /** Folded and lightly stemmed ("Companies’" → "company"); a figure without its separators ("500,000" → "500000"). */
  term: string;
  /** UTF-16 offsets into the text, as the analysis uses (`text.slice(start, end)` is the word). */
  start: number;
  end: number;
  /** Digits: kept as figures, so "2020" and "$500,000" still say something about the topic. */
  figure: boolean;
}

// A figure with thousands separators or a decimal part, or a run of letters. Apostrophes end a
// word: "company's" is "company" and "s" (a stop word), "don't" is "don" and "t".
const TOKEN = /(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)|[\p{L}\p{M}]+/gu;
const ASCII = /^[\x00-\x7f]*$/;

/** Lower case without accents: "Société" → "societe". The fast path skips `normalize` for plain ASCII. */
export function fold(word: string): string {
  const lower = word.toLowerCase();
  return ASCII.test(lower) ? lower : lower.normalize('NFD').replace(/\p{M}/gu, '');
}

/**
 * Plural to singular, and no more (Harman's S-stemmer, with "-shes/-ches/-xes" as "crashes" →
 * "crash"): "contracts" and "contract" are one topic, while a fuller stemmer would also merge
 * words a reporter would keep apart ("policy"/"police").
 */
export function stem(word: string): string {
  if (word.length <= 3) return word;
  if (word.endsWith('ies') && !word.endsWith('eies') && !word.endsWith('aies')) return `${word.slice(0, -3)}y`;
  if (/(?:sh|ch|x|ss|z)es$/.test(word)) return word.slice(0, -2);
  if (word.endsWith('es') && !/(?:aes|ees|oes)$/.test(word)) return word.slice(0, -1);
  if (word.endsWith('s') && !/(?:us|ss|is)$/.test(word)) return word.slice(0, -1);
  return word;
}

/** Every word and figure of `text` in order, stop words and single letters left out. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(TOKEN)) {
    const start = match.index;
    const end = start + match[0].length;
    if (match[1] !== undefined) {
      tokens.push({ term: match[1].replace(/,/g, ''), start, end, figure: true });
      continue;
    }
    if (match[0].length < 2) continue;
    const term = stem(fold(match[0]));
    if (!isStopWord(term)) tokens.push({ term, start, end, figure: false });
  }
  return tokens;
}

/** Just the terms, for the vectors. */
export function terms(text: string): string[] {
  return tokenize(text).map((token) => token.term);
}
