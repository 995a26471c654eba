import { HONORIFICS, NAME_PARTICLES, NEVER_NAMES, ORGANISATION_JOINERS, POSSESSIVE_NAME_ENDINGS, SENTENCE_STARTERS } from './lexicon';
import { isAbbreviation, type Token } from './tokens';

/** A stretch of capitalized words that may name something, with the titles before it apart. */
export interface NameRun {
  /** The words of the name ("Adaeze Okafor", "Federal Border Integrity Agency"). */
  words: Token[];
  /** Titles before it ("Ms.", "Chief Justice"), not part of the name. */
  titles: Token[];
  /** Words inside that join others ("of", "and", "van"): where a run may be split again. */
  joiners: Set<number>;
  /** Whether the run began a sentence (its first word is capitalized whatever it is). */
  sentenceStart: boolean;
}

const CONTINUES = /^[ \u00a0]$|^-$/;

function joinsNames(token: Token): boolean {
  return NAME_PARTICLES.has(token.text) || ORGANISATION_JOINERS.has(token.text);
}

/** "Halifax-based", "London-listed": a place joined to a word, not part of a name (see attached-places.ts). */
const ATTACHED = /^\p{Lu}[\p{L}]*-\p{Ll}/u;
const POSSESSIVE = /['’]s$/;

function canStart(token: Token): boolean {
  if (!token.capitalized || NEVER_NAMES.has(token.text) || ATTACHED.test(token.text)) return false;
  // "The" begins names ("The Hague") only inside a sentence; at its start it is only "The".
  return !(token.sentenceStart && SENTENCE_STARTERS.has(token.text));
}

function canContinue(previous: Token, next: Token): boolean {
  if (!CONTINUES.test(next.gap) || ATTACHED.test(next.text)) return false;
  // "Ghana’s Minerals Commission": the possessor is a name of its own, unless the possessive is
  // part of the name ("St. Aldric’s Hospital", "Macy’s Inc.").
  if (POSSESSIVE.test(previous.text) && !POSSESSIVE_NAME_ENDINGS.has(next.text)) return false;
  // A full stop inside a run only after an abbreviation ("Inc.", "J.", "Mr."), never before a new sentence's word.
  if (previous.text.endsWith('.') && (!isAbbreviation(previous.text) || SENTENCE_STARTERS.has(next.text))) return false;
  return next.capitalized && !NEVER_NAMES.has(next.text) && !(SENTENCE_STARTERS.has(next.text) && next.text !== 'The');
}

/**
 * Runs of capitalized words, joined by particles and by "of", "and", "&" where a capitalized
 * word follows ("Bank of Canada", "Ngozi van der Berg"), with titles taken off the front.
 */
export function findNameRuns(tokens: readonly Token[]): NameRun[] {
  const runs: NameRun[] = [];
  let index = 0;
  while (index < tokens.length) {
    const first = tokens[index]!;
    if (!canStart(first)) {
      index++;
      continue;
    }
    const words: Token[] = [first];
    const joiners = new Set<number>();
    let next = index + 1;
    while (next < tokens.length) {
      const token = tokens[next]!;
      const last = words.at(-1)!;
      if (canContinue(last, token)) {
        words.push(token);
        next++;
        continue;
      }
      // Joiners need a capitalized word after them: "Bank of Canada", not "Bank of the".
      let ahead = next;
      while (ahead < tokens.length && joinsNames(tokens[ahead]!) && CONTINUES.test(tokens[ahead]!.gap) && ahead - next < 3) ahead++;
      // After a title a particle may open the name: "Mr. van der Berg", "Cllr ap Rhys".
      const afterTitle = HONORIFICS.has(last.text) && NAME_PARTICLES.has(tokens[next]!.text);
      if (ahead > next && ahead < tokens.length && canContinue(tokens[ahead - 1]!, tokens[ahead]!) && (!last.text.endsWith('.') || afterTitle)) {
        for (let joiner = next; joiner < ahead; joiner++) {
          joiners.add(words.length);
          words.push(tokens[joiner]!);
        }
        next = ahead;
        continue;
      }
      break;
    }
    runs.push(splitTitles({ words, titles: [], joiners, sentenceStart: first.sentenceStart }));
    index = next;
  }
  return runs.filter((run) => run.words.length > 0);
}

/** "Chief Justice Maria Amato" → titles "Chief Justice", name "Maria Amato". */
function splitTitles(run: NameRun): NameRun {
  let cut = 0;
  // A title's next word may be a particle of the surname ("Mr. van der Berg"), never "of" ("Minister of …").
  while (cut < run.words.length - 1 && HONORIFICS.has(run.words[cut]!.text) && (!run.joiners.has(cut + 1) || NAME_PARTICLES.has(run.words[cut + 1]!.text))) cut++;
  if (cut === 0) return run;
  const joiners = new Set([...run.joiners].map((at) => at - cut).filter((at) => at >= 0));
  return { words: run.words.slice(cut), titles: run.words.slice(0, cut), joiners, sentenceStart: run.sentenceStart };
}
