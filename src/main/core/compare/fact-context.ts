import { findFigures } from './figures';
import type { SourceFact } from './source-fact';
import { fold, stem, tokenize } from './tokenize';

/** A content word near a fact's figure: what the figure is the value, date or count of. */
export interface ContextWord {
  /** Folded, singular, and mapped to its family ("worth", "valued", "cost" → "value"). */
  term: string;
  /** As written. */
  word: string;
  /** Content words between it and the figure, plus one. */
  distance: number;
  /** An action in the past ("signed", "cancelled"): two dates of different actions are two facts. */
  verb: boolean;
}

/** How far to look: the head of "the contract, signed in 2019, was worth $500,000" sits a few words before. */
const WORDS_BEFORE = 5;
const WORDS_AFTER = 3;

/** Words that say the same thing about a figure; each maps to the first of its family. */
const FAMILIES: readonly (readonly string[])[] = [
  ['value', 'worth', 'valued', 'valuing', 'cost', 'costing', 'priced', 'price', 'amount', 'amounting', 'totalling', 'totaling', 'total'],
  ['sign', 'signed', 'signing', 'inked', 'agreed', 'agreement'],
  ['staff', 'employee', 'worker', 'employed', 'employ', 'workforce', 'people'],
  ['fine', 'fined', 'penalty', 'penalised', 'penalized'],
];
const FAMILY_OF = new Map(FAMILIES.flatMap((family) => family.map((word) => [word, family[0]!] as const)));
const FAMILY_HEADS = new Set(FAMILIES.map((family) => family[0]!));

// Past forms that do not end in -ed, as in the analysis's event finder.
const IRREGULAR_PAST = new Set('made met took gave went came held sent began left won lost found paid sold bought brought spent ran rose fell led struck broke chose quit shut became got fought built fled cut hit set put'.split(' '));

function isVerb(folded: string, term: string): boolean {
  if (FAMILY_HEADS.has(term) && term !== 'sign') return false;
  return term === 'sign' || IRREGULAR_PAST.has(folded) || (folded.length > 4 && folded.endsWith('ed'));
}

/**
 * The content words around a fact's figure in its sentence: up to five before and three after,
 * leaving out the figure's own words, other figures, and the subject's name (every fact about
 * Halden Systems shares "Halden"; that says nothing about which fact it is).
 */
export function contextAround(fact: SourceFact): ContextWord[] {
  const { text } = fact.sentence;
  const figureStart = fact.span.start - fact.sentence.start;
  const figureEnd = fact.span.end - fact.sentence.start;
  const figures = findFigures(text, null);
  const subjectTerms = new Set(tokenize(fact.subject.name).map((token) => token.term));
  const inFigure = (start: number, end: number) => (start < figureEnd && figureStart < end) || figures.some((figure) => start < figure.end && figure.start < end);
  const words = tokenize(text).filter((token) => !token.figure && !subjectTerms.has(token.term) && !inFigure(token.start, token.end));
  const before = words.filter((token) => token.end <= figureStart).reverse().slice(0, WORDS_BEFORE);
  const after = words.filter((token) => token.start >= figureEnd).slice(0, WORDS_AFTER);
  return [...before, ...after].map((token, index) => {
    const written = text.slice(token.start, token.end);
    const folded = fold(written);
    const term = FAMILY_OF.get(folded) ?? FAMILY_OF.get(token.term) ?? stem(folded);
    return { term, word: written, distance: index < before.length ? index + 1 : index - before.length + 1, verb: isVerb(folded, term) };
  });
}
