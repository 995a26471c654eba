import { foldName } from '../../entities/fold-name';
import { isAcronym, type NameCandidate, type NameType } from './classify';
import { GENERIC_FIRST_WORDS, ORGANISATION_ENDINGS } from './lexicon';
import { KNOWN_PLACES } from './places';

/** One person, organisation or place a text names, with every form it is named by. */
export interface FoundEntity {
  name: string;
  type: NameType;
  aliases: string[];
}

export interface NameMention {
  start: number;
  end: number;
  text: string;
  /** Index of the entity in the list returned with it. */
  entity: number;
  /** Titles the text puts before it ("Ms.", "Chief Justice"). */
  titles: string[];
}

/** Legal forms an organisation's name may drop ("Halden Systems Inc." is "Halden Systems"). */
const LEGAL_FORMS = new Set(['Inc.', 'Inc', 'Corp.', 'Corp', 'Corporation', 'Co.', 'LLC', 'L.L.C.', 'Ltd.', 'Ltd', 'Limited', 'PLC', 'plc', 'GmbH', 'AG', 'SA', 'S.A.', 'NV', 'LLP', 'LP']);
const JOINERS = new Set(['of', 'for', 'and', '&', 'the', 'on', 'de', 'du', 'des', 'la', 'le']);

/** foldName, remembered: the same few hundred names are folded thousands of times in a long text. */
function memoizedFold(): (name: string) => string {
  const cache = new Map<string, string>();
  return (name) => {
    let folded = cache.get(name);
    if (folded === undefined) cache.set(name, (folded = foldName(name)));
    return folded;
  };
}

class Registry {
  readonly entities: FoundEntity[] = [];
  private readonly byForm = new Map<string, number>();
  constructor(readonly fold: (name: string) => string) {}

  add(name: string, type: NameType): number {
    const known = this.find(name);
    if (known !== null) return known;
    this.entities.push({ name, type, aliases: [] });
    const index = this.entities.length - 1;
    this.byForm.set(this.fold(name), index);
    return index;
  }

  /** Another form of the entity's name: one the text uses (shown), or one it may use (looked up only). */
  alias(index: number, form: string, used = true): void {
    const entity = this.entities[index]!;
    if (used && this.fold(form) !== this.fold(entity.name) && !entity.aliases.some((alias) => this.fold(alias) === this.fold(form))) entity.aliases.push(form);
    if (!this.byForm.has(this.fold(form))) this.byForm.set(this.fold(form), index);
  }

  find(form: string): number | null {
    return this.byForm.get(this.fold(form)) ?? null;
  }
}

/** "Federal Border Integrity Agency" → "FBIA"; words of two letters or fewer and joiners do not count. */
function initialsOf(words: readonly string[]): string {
  return words
    .filter((word) => !JOINERS.has(word) && !LEGAL_FORMS.has(word))
    .map((word) => word[0])
    .join('')
    .toUpperCase();
}

/**
 * Gathers the names a text gives into entities: a person's full name with the later "Ms.
 * Okafor" and "Okafor"; an organisation with its acronym (defined in parentheses, or its
 * initials used alone), its name without "Inc.", and its first word used alone when that word is
 * distinctive ("Halden"); places by name. A lone capitalized word that matches none of them is
 * left out: it is a sentence's first word, a nationality or a product more often than a name.
 */
export function clusterNames(candidates: readonly NameCandidate[], text: string): { entities: FoundEntity[]; mentions: NameMention[] } {
  const registry = new Registry(memoizedFold());
  const mentionOf = new Map<NameCandidate, number>();
  const people = new PeopleIndex(registry);
  /** Where each person's full name first appears: "Ms. Okafor" is the Okafor named last before her. */
  const introducedAt = new Map<number, number>();

  // Full names first, wherever they are: a surname can come before the full name in a lede.
  // Organisations before the rest, so "Arbor Ridge" is known as "Arbor Ridge Holdings AG" wherever it comes.
  const organisationsFirst = [...candidates].sort((a, b) => Number(b.type === 'organisation' && b.words.length > 1) - Number(a.type === 'organisation' && a.words.length > 1));
  for (const candidate of organisationsFirst) {
    if (candidate.type === null) continue;
    const name = candidate.words.join(' ');
    // "Okafor", "van der Berg" (a surname with its particles): short forms, resolved below.
    if (candidate.type === 'person' && (candidate.words.length < 2 || !/^\p{Lu}/u.test(candidate.words[0]!))) continue;
    if (candidate.type === 'organisation' && candidate.words.length === 1 && isAcronym(name)) continue;
    if (candidate.type === 'organisation' && candidate.words.length === 1 && candidate.sentenceStart) continue;
    const known = candidate.type !== 'person' ? registry.find(name) : null;
    const index = known ?? registry.add(name, candidate.type);
    mentionOf.set(candidate, index);
    if (candidate.type === 'person' && !introducedAt.has(index)) {
      people.add(index);
      introducedAt.set(index, candidate.start);
    }
    if (candidate.type === 'organisation') addShortForms(registry, index, candidate.words);
    const defined = /^ \((\p{Lu}[\p{Lu}&.]{1,7})\)/u.exec(text.slice(candidate.end, candidate.end + 12));
    if (defined) registry.alias(index, defined[1]!, false);
  }

  for (const candidate of candidates) {
    if (mentionOf.has(candidate)) continue;
    const index = resolveShortForm(candidate, registry, people, introducedAt) ?? newFromShortForm(candidate, registry);
    if (index !== null) mentionOf.set(candidate, index);
  }

  const mentions: NameMention[] = [];
  for (const candidate of candidates) {
    const entity = mentionOf.get(candidate);
    if (entity === undefined) continue;
    const form = candidate.words.join(' ');
    // A surname with its title is how the text names the person later: "Ms. Okafor", "Mr. van der Berg".
    const titled = candidate.titles.length > 0 && registry.entities[entity]!.type === 'person' && registry.fold(form) !== registry.fold(registry.entities[entity]!.name);
    registry.alias(entity, titled ? `${candidate.titles.at(-1)} ${form}` : form);
    mentions.push({ start: candidate.start, end: candidate.end, text: candidate.text, entity, titles: candidate.titles });
  }
  return { entities: registry.entities, mentions };
}

/** Words a company's name drops in later mentions: "Arbor Ridge Holdings AG" is "Arbor Ridge". */
const CORPORATE_TAILS = new Set([...LEGAL_FORMS, 'Holdings', 'Group', 'Companies', 'Company', 'International', 'Global', 'Worldwide', 'Enterprises', 'Industries', 'Plc', 'Pvt.', 'BV', 'B.V.']);

function addShortForms(registry: Registry, index: number, words: readonly string[]): void {
  for (let end = words.length - 1; end >= 1 && CORPORATE_TAILS.has(words[end]!); end--) registry.alias(index, words.slice(0, end).join(' '), false);
  const initials = initialsOf(words);
  if (initials.length >= 2 && words.length >= 2) registry.alias(index, initials, false);
  // "Halden" for "Halden Systems Inc.", not "National" for "National Grid".
  const first = words[0]!;
  // Not a place either: "Ottawa" alone is the city, not the Ottawa Privacy Coalition.
  if (words.length > 1 && !GENERIC_FIRST_WORDS.has(first) && !ORGANISATION_ENDINGS.has(first) && !KNOWN_PLACES.has(first) && !JOINERS.has(words[1]!)) registry.alias(index, first, false);
}

/** "Okafor", "Ms. Okafor", "Halden", "FBIA", "Halden Systems": a shorter form of a name already found. */
/** The people named in full, by their surname (with particles) and given name, for the short forms that follow. */
class PeopleIndex {
  private readonly byTail = new Map<string, number[]>();
  private readonly byFirst = new Map<string, number[]>();
  constructor(private readonly registry: Registry) {}

  add(index: number): void {
    const words = this.registry.entities[index]!.name.split(' ');
    for (let size = 1; size < words.length; size++) push(this.byTail, this.registry.fold(words.slice(-size).join(' ')), index);
    push(this.byFirst, this.registry.fold(words[0]!), index);
  }

  /** "Okafor", "van der Berg": whose surname it is; a lone given name ("Adaeze") only when untitled. */
  named(form: string, words: number, titled: boolean): number[] {
    const folded = this.registry.fold(form);
    const bySurname = this.byTail.get(folded) ?? [];
    const byGiven = !titled && words === 1 ? (this.byFirst.get(folded) ?? []) : [];
    return [...new Set([...bySurname, ...byGiven])];
  }
}

function push(map: Map<string, number[]>, key: string, value: number): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function resolveShortForm(candidate: NameCandidate, registry: Registry, people: PeopleIndex, introducedAt: ReadonlyMap<number, number>): number | null {
  const form = candidate.words.join(' ');
  const direct = registry.find(form);
  if (direct !== null && (candidate.titles.length === 0 || registry.entities[direct]!.type === 'person')) return direct;
  if (candidate.type === 'place' || candidate.type === 'organisation') return null;
  // A surname (with its particles) or a given name: the person most recently named before it.
  const matches = people.named(form, candidate.words.length, candidate.titles.length > 0);
  const before = matches.filter((index) => introducedAt.get(index)! < candidate.start);
  const pool = before.length > 0 ? before : matches;
  return pool.reduce((latest, index) => (introducedAt.get(index)! > introducedAt.get(latest)! ? index : latest), pool[0]!) ?? null;
}

/** "Ms. Kee", never given a full name; an acronym never defined: entities of their own. */
function newFromShortForm(candidate: NameCandidate, registry: Registry): number | null {
  const form = candidate.words.join(' ');
  if (candidate.titles.length > 0 && candidate.type === 'person') return registry.add(`${candidate.titles.at(-1)} ${form}`, 'person');
  // An acronym the text never defines nor spells out is as often a thing (MMR, PFAS) as a body: left out.
  return null;
}
