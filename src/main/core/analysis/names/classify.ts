import { GIVEN_NAMES } from './given-names';
import { GENERIC_FIRST_WORDS, HONORIFICS, INSTITUTIONS, ORGANISATION_ENDINGS, ORGANISATION_HEADS, PERSON_ONLY_HONORIFICS, PLACE_ENDINGS, ROLE_WORDS } from './lexicon';
import { DEMONYMS, KNOWN_PLACES } from './places';
import type { NameRun } from './runs';

export type NameType = 'person' | 'organisation' | 'place';

/** A name as found: its words (possessive off), where it is, and what it seems to be. */
export interface NameCandidate {
  start: number;
  end: number;
  text: string;
  words: string[];
  titles: string[];
  type: NameType | null;
  sentenceStart: boolean;
  /** In a line of Title Case (a heading): every word is capitalized, so capitals say nothing. */
  inHeading?: boolean;
}

const ACRONYM = /^(?:\p{Lu}{2,6}|(?:\p{Lu}\.){2,4}|\p{Lu}+&\p{Lu}+)$/u;
// "Okafor’s", "Reynolds’": the possessive is not part of the name.
const POSSESSIVE = /(?:['’]s|(?<=s)['’])$/;
const ROLE_BEFORE =
  /\b(?:executive|officer|spokesperson|spokeswoman|spokesman|director|manager|minister|president|chair|chairman|chairwoman|founder|co-founder|lawyer|attorney|counsel|analyst|professor|researcher|scientist|reporter|journalist|editor|engineer|nurse|doctor|physician|mayor|councillor|councilor|judge|justice|senator|official|economist|resident|worker|employee|owner|partner|secretary|adviser|advisor|leader|head|member|student|teacher|coach|activist|organizer|organiser|auditor|inspector|commissioner|superintendent|governor|premier|chief|consultant|contractor|investor|whistleblower|candidate|husband|wife|son|daughter|mother|father|colleague|neighbour|neighbor|named|by)\s$/i;
const SPEECH_AFTER = /^(?:['’]s\s)?,?\s(?:said|says|told|tells|wrote|writes|added|adds|asked|argued|explained|noted|insisted|warned|acknowledged|admitted|recalled|replied|responded|testified|stated|confirmed|declined|did not|didn['’]t|who)\b/;
const AGE_AFTER = /^,\s\d{1,3},/;
// "Kojo Asiedu, a 34-year-old excavator operator,", "Ada Obi, who": a person described.
const DESCRIBED_AFTER = /^,\s(?:who\b|(?:a|an)\s(?:[\p{Ll}\d-]+\s){0,4}?(?:\d+-year-old|mother|father|grandmother|grandfather|resident|worker|nurse|teacher|miner|farmer|driver|engineer|lawyer|doctor|student|owner|manager|director|official|spokesperson|spokeswoman|spokesman|analyst|economist|professor|researcher|executive|founder|veteran|volunteer|activist|organizer|organiser|operator|supervisor|designer|employee|member|retiree|widow|neighbour|neighbor)\b)/u;

export const isAcronym = (word: string) => ACRONYM.test(word);

/**
 * What a run of capitalized words names, by the cues news copy gives: a title before it, the
 * last word of an organisation's name, a known place, a given name, a role before it, a verb
 * of speech or an age after it. Null when nothing says (a lone capitalized word, usually).
 */
export function classify(run: NameRun, text: string): NameCandidate[] {
  const titled = splitRole(run);
  if (titled !== run) return classify(titled, text);
  const parts = titlePhrase(run) ?? personBeforeJoiner(run) ?? organisationsJoined(run);
  if (parts) return parts.flatMap((part) => classify(part, text));
  const candidate = toCandidate(run, text);
  const typed = typeOf(candidate, run, text);
  if (typed !== null || run.joiners.size === 0) return [{ ...candidate, type: typed }];
  // "Ms. Kee of Halden Systems", "Okafor and Lindqvist": joined words that are not one name.
  return splitAtJoiners(run).flatMap((part) => classify(part, text));
}

function toCandidate(run: NameRun, text: string): NameCandidate {
  const first = run.words[0]!;
  const last = run.words.at(-1)!;
  const possessive = last.text.length > 2 ? (POSSESSIVE.exec(last.text)?.[0] ?? '') : '';
  const end = last.end - possessive.length;
  const words = run.words.map((word) => word.text);
  words[words.length - 1] = last.text.slice(0, last.text.length - possessive.length);
  return {
    start: first.start,
    end,
    text: text.slice(first.start, end),
    words,
    titles: run.titles.map((title) => title.text),
    type: null,
    sentenceStart: run.sentenceStart && run.titles.length === 0,
    inHeading: isTitleCaseLine(text, first.start),
  };
}

function typeOf(candidate: NameCandidate, run: NameRun, text: string): NameType | null {
  const { words, titles } = candidate;
  const name = words.join(' ');
  const first = words[0]!;
  const last = words.at(-1)!;
  const before = text.slice(Math.max(0, (run.titles[0] ?? run.words[0]!).start - 40), (run.titles[0] ?? run.words[0]!).start);
  const after = text.slice(candidate.end, candidate.end + 40);

  // "US$95,000": a currency, not a country.
  if (/^[$€£]/.test(after)) return null;
  if (titles.some((title) => PERSON_ONLY_HONORIFICS.has(title))) return 'person';
  if (KNOWN_PLACES.has(name)) return 'place';
  // "Southern California", "Northern Ontario": a region of a known place.
  if (words.length === 2 && /^(?:Northern|Southern|Eastern|Western|Central|North|South|East|West|Upper|Lower|Greater|Downtown|Rural|Coastal)$/.test(first) && KNOWN_PLACES.has(last)) return 'place';
  if (words.length === 1 && INSTITUTIONS.has(first) && !candidate.sentenceStart) return 'organisation';
  if (words.length > 1 && /^(?:District|Authority|Board)$/.test(last) && /^(?:School|Water|Fire|Health|Transit|Sewer|Irrigation|Utility|Hospital|Housing|Port|Airport|Parking|Park)$/.test(words.at(-2)!)) return 'organisation';
  if (ORGANISATION_ENDINGS.has(last) && words.length > 1) return 'organisation';
  if (words.some((word, at) => ORGANISATION_HEADS.has(word) && (words[at + 1] === 'of' || words[at + 1] === 'for') && at + 2 < words.length)) return 'organisation';
  if (words.length > 1 && PLACE_ENDINGS.has(last)) return 'place';
  if (titles.length > 0 && words.every((word) => !ORGANISATION_ENDINGS.has(word) && !ROLE_WORDS.has(word))) return 'person';
  if (words.length === 1 && isAcronym(first)) return KNOWN_PLACES.has(first) ? 'place' : 'organisation';
  if (/^-based\b/.test(text.slice(candidate.end, candidate.end + 7))) return 'place';
  if (words.length === 1) return null;
  if (run.joiners.size === 0 && words.some((word) => isAcronym(word) && word.length > 1) && !words.every(isNameLike)) return 'organisation';
  // "and" joins two names unless the whole is one body ("Ministry of Works and Infrastructure"); "&" is part of names.
  if (words.includes('and') && !ORGANISATION_ENDINGS.has(last) && !words.some((word, at) => ORGANISATION_HEADS.has(word) && words[at + 1] === 'of')) return null;
  if (/\bthe\s$/i.test(before) || GENERIC_FIRST_WORDS.has(first)) return words.length <= 4 ? 'organisation' : null;
  if (!words.every(isNameLike) || words.length > 4 || words.some((word) => ROLE_WORDS.has(word))) return null;
  // "from Akim Oda", "in Lower Delacroix": after these, two unknown capitalized words are a place.
  if (!GIVEN_NAMES.has(first) && /\b(?:in|from|near|outside|across|around|at|to)\s$/.test(before) && !SPEECH_AFTER.test(after) && !DESCRIBED_AFTER.test(after)) return 'place';
  if (GIVEN_NAMES.has(first) || ROLE_BEFORE.test(before) || SPEECH_AFTER.test(after) || AGE_AFTER.test(after) || DESCRIBED_AFTER.test(after)) return 'person';
  if (candidate.inHeading) return null;
  // Two or three capitalized words inside a sentence, none an organisation's or a place's word:
  // in news copy, almost always a person introduced by name.
  // At a sentence's start the first capital says nothing, but two or three name-like words
  // there ("Tobias van der Berg works…") are still most often a person.
  const capitalized = words.filter((word) => /^\p{Lu}/u.test(word)).length;
  if ((!candidate.sentenceStart || capitalized >= 2) && capitalized <= 3 && !words.some((word) => DEMONYMS.has(word) || HONORIFICS.has(word))) return 'person';
  return null;
}

/** A word that can be part of a person's name: letters, an initial, a particle, a hyphen or apostrophe. */
function isNameLike(word: string): boolean {
  return /^(?:\p{Lu}[\p{Ll}\p{M}'’]*(?:-\p{Lu}?[\p{Ll}\p{M}'’]*)*[\p{Ll}\p{M}]|ap|\p{Lu}\.|\p{Lu}[\p{Ll}]*['’]\p{Lu}[\p{Ll}]+|de|da|di|du|del|della|der|den|van|von|bin|binti|ibn|al|el|la|le|dos|das|do|y|ter|ten|zu|af|Mac|Mc\p{Lu}\p{Ll}+|Jr\.|Sr\.|II|III|IV)$/u.test(word);
}

/**
 * "County Auditor Marisol de la Cruz", "Minister of Border Security Lucienne Arsenault": a
 * title (role words, a remit) before a person's two or three names. The title is set apart as
 * titles are, so the person is found by name.
 */
function splitRole(run: NameRun): NameRun {
  const words = run.words.map((word) => word.text);
  for (let at = 1; at <= words.length - 2; at++) {
    const name = words.slice(at);
    if (name.length > 5 || PARTICLE.test(name[0]!)) continue;
    if (!name.every((word) => isNameLike(word) && !ROLE_WORDS.has(word) && !ORGANISATION_ENDINGS.has(word) && !HONORIFICS.has(word))) continue;
    const before = words[at - 1]!;
    if (!ROLE_WORDS.has(before) && !HONORIFICS.has(before)) continue;
    if (!words.slice(0, at).some((word) => (ROLE_WORDS.has(word) && !/^(?:County|City|State|Federal|Provincial|Municipal|National|Regional|Public|Senior|General)$/.test(word)) || HONORIFICS.has(word))) continue;
    const joiners = new Set([...run.joiners].filter((index) => index >= at).map((index) => index - at));
    return { words: run.words.slice(at), titles: [...run.titles, ...run.words.slice(0, at)], joiners, sentenceStart: false };
  }
  return run;
}

const PARTICLE = /^(?:de|da|di|du|del|della|der|den|van|von|bin|binti|ibn|al|el|la|le|dos|das|do|ter|ten|zu|af|ap)$/;

/** "Sunil Gokhale of the Western India Institute": a person, then where they work. */
function personBeforeJoiner(run: NameRun): NameRun[] | null {
  const firstJoiner = Math.min(...run.joiners);
  if (!Number.isFinite(firstJoiner) || firstJoiner < 2 || firstJoiner > 3) return null;
  const words = run.words.map((word) => word.text);
  const left = words.slice(0, firstJoiner);
  if (!/^(?:of|for|and|at|with)$/.test(words[firstJoiner]!)) return null;
  if (!left.every((word) => isNameLike(word) && !ROLE_WORDS.has(word) && !ORGANISATION_ENDINGS.has(word) && !ORGANISATION_HEADS.has(word))) return null;
  const right = words.slice(firstJoiner + 1).filter((word) => word !== 'the');
  if (!GIVEN_NAMES.has(left[0]!) && !ORGANISATION_ENDINGS.has(right.at(-1) ?? '') && !right.some((word) => ORGANISATION_HEADS.has(word))) return null;
  return [{ ...run, words: run.words.slice(0, firstJoiner), joiners: new Set() }, { words: run.words.slice(firstJoiner + 1).filter((word) => word.text !== 'the'), titles: [], joiners: new Set(), sentenceStart: false }];
}

/**
 * "Minister of Border Security", "Chief Executive Officer of Quillfeather", "Member of the
 * European Parliament": a post, not a body or a person; what follows "of" may name a body.
 */
function titlePhrase(run: NameRun): NameRun[] | null {
  const all = [...run.titles, ...run.words];
  const joiner = all.findIndex((word) => /^(?:of|for)$/.test(word.text));
  if (joiner < 1 || !all.slice(0, joiner).every((word) => HONORIFICS.has(word.text) || ROLE_WORDS.has(word.text))) return null;
  const rest = all.slice(joiner + 1).filter((word) => word.text !== 'the');
  if (rest.length === 0 || (rest.length > 1 && /^(?:Centre|Center)$/.test(rest.at(-1)!.text))) return [];
  return [{ words: rest, titles: [], joiners: new Set(), sentenceStart: false }];
}

/** "Northern Lights Growth Partners and Cobalt Bay Capital LLC", "the Department of Justice and Arbor Ridge AG": two organisations. */
function organisationsJoined(run: NameRun): NameRun[] | null {
  const words = run.words.map((word) => word.text);
  const endsOrganisation = (from: number, to: number) => ORGANISATION_ENDINGS.has(words[to - 1] ?? '') || words.slice(from, to).some((word, at) => ORGANISATION_HEADS.has(word) && words[from + at + 1] === 'of');
  const at = [...run.joiners].find(
    (index) => /^(?:and|&)$/.test(words[index]!) && endsOrganisation(0, index) && ORGANISATION_ENDINGS.has(words.at(-1)!) && words.length - index > 2,
  );
  if (at === undefined) return null;
  const shift = (from: number) => new Set([...run.joiners].filter((index) => index > from).map((index) => index - from - 1));
  return [
    { words: run.words.slice(0, at), titles: run.titles, joiners: new Set([...run.joiners].filter((index) => index < at)), sentenceStart: run.sentenceStart },
    { words: run.words.slice(at + 1), titles: [], joiners: shift(at), sentenceStart: false },
  ];
}

function splitAtJoiners(run: NameRun): NameRun[] {
  const parts: NameRun[] = [];
  let from = 0;
  const cut = (to: number) => {
    if (to > from) parts.push({ words: run.words.slice(from, to), titles: from === 0 ? run.titles : [], joiners: new Set(), sentenceStart: from === 0 && run.sentenceStart });
  };
  run.words.forEach((_, index) => {
    // Particles of a surname ("van der Berg") stay; "of", "and", "&", "for", "the" split.
    if (run.joiners.has(index) && !/^(?:de|da|di|du|del|della|der|den|van|von|bin|binti|ibn|al|el|la|le|dos|das|do|ter|ten|zu|af)$/.test(run.words[index]!.text)) {
      cut(index);
      from = index + 1;
    }
  });
  cut(run.words.length);
  return parts;
}

/** Whether the line holding `at` is set in Title Case, as headings are. */
function isTitleCaseLine(text: string, at: number): boolean {
  const start = text.lastIndexOf('\n', at) + 1;
  const end = text.indexOf('\n', at);
  const words = text.slice(start, end < 0 ? text.length : end).split(/\s+/).filter((word) => /^\p{L}/u.test(word));
  if (words.length < 3 || words.length > 20) return false;
  return words.filter((word) => /^\p{Lu}/u.test(word)).length / words.length >= 0.6;
}
