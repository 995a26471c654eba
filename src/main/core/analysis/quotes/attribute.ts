import type { NameMention } from '../names/find-names';
import type { FoundEntity } from '../names/find-names';
import type { Quotation } from './find-quotations';
import { CHANNEL, PRONOUN, SPEECH_VERB } from './speech';

/** Who said a quotation (an entity found in the text, or none) and, when the text says, where. */
export interface Attribution {
  speaker: number | null;
  channel: string;
  /** How the speaker was found, for the reporter reviewing the suggestion. */
  how: 'named' | 'pronoun' | 'role' | 'continued' | 'author' | 'none';
}

interface Context {
  text: string;
  entities: readonly FoundEntity[];
  /** In text order: found by binary search, as a long report holds tens of thousands. */
  mentions: readonly NameMention[];
  quotations: readonly Quotation[];
  genders: ReadonlyMap<number, 'male' | 'female'>;
  /** How often each entity is named in the whole text. */
  mentionCounts: ReadonlyMap<number, number>;
  /** The entity of the text's author, when known: "I" in a letter or a column is them. */
  author: number | null;
}

/** The index of the first item starting at or after `position` (items sorted by start). */
function firstFrom<T extends { start: number }>(items: readonly T[], position: number): number {
  let low = 0;
  let high = items.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (items[middle]!.start < position) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** The mentions starting in [from, to). */
function mentionsIn(context: Context, from: number, to: number): NameMention[] {
  const found: NameMention[] = [];
  for (let index = firstFrom(context.mentions, from); index < context.mentions.length && context.mentions[index]!.start < to; index++) found.push(context.mentions[index]!);
  return found;
}

const SPEAKER = String.raw`(?<who>(?:the |a |an )?[\p{Lu}\p{Ll}][\p{L}\p{M}.’'&\- ]{0,60}?)`;
// Where a name after the verb ends: punctuation, but not the full stop of "Dr." or "J.".
const NAME_ENDS = String.raw`(?<!\b(?:Mr|Mrs|Ms|Mx|Dr|Prof|Sen|Rep|Gov|Gen|Lt|Col|Capt|Maj|Sgt|Det|Insp|Supt|St|Jr|Sr|Rev|Fr|\p{Lu}))(?=[,.;]|\s(?:in|on|at|during|who|of|from|to|via)\b|$)`;
const AFTER_NAMED_FIRST = new RegExp(String.raw`^[\s,]*(?:[—–-]\s*)?${SPEAKER},?(?: [\p{L}\p{M}\d.,’'$% -]{0,120},)?\s(?<verb>${SPEECH_VERB})\b`, 'u');
const AFTER_VERB_FIRST = new RegExp(String.raw`^[\s,]*(?<verb>${SPEECH_VERB}) ${SPEAKER}${NAME_ENDS}`, 'u');
const AFTER_DASH = new RegExp(String.raw`^\s*[—–]\s*${SPEAKER}(?=[,.;\n]|$)`, 'u');
const BEFORE = new RegExp(String.raw`${SPEAKER},?(?: [\p{L}\p{M}\d.,’'$% -]{0,120}?)? (?<verb>${SPEECH_VERB})(?<rest>[^“”"\n.]{0,80})?[:,]\s*$`, 'u');
// "A spokesperson, Priya Raman, said the memo “speaks for itself”": a speaker earlier in the sentence.
const IN_SENTENCE = new RegExp(String.raw`(?:^|[.!?]\s|,\s)${SPEAKER},?(?: [\p{L}\p{M}\d.,’'$% -]{0,120}?)? (?<verb>${SPEECH_VERB})(?<rest>(?: that)?[^“”"\n.!?]{0,120})$`, 'u');
const IN_SENTENCE_CLAUSE = new RegExp(String.raw`^${SPEAKER},?(?: [\p{L}\p{M}\d.,’'$% -]{0,120}?)? (?<verb>${SPEECH_VERB})(?<rest>(?: that)?[^“”"\n.!?]{0,120})$`, 'u');
const ACCORDING_TO = new RegExp(String.raw`[Aa]ccording to ${SPEAKER}${NAME_ENDS}(?:,[^“”"\n]{0,100})?,\s*$`, 'u');
const ROLE_FOR = /^(?:a |an |the )?(?:spokesperson|spokeswoman|spokesman|representative|official|statement|lawyer|attorney) (?:for|from|with|at|of) (?<org>.+)$/u;

/**
 * Finds who said a quotation, as news copy says it: right after it (“…,” she said; “…,” said
 * Ms. Kee; — X), right before it (X said: “…”; according to X, “…”; X told employees in an
 * e-mail: “…”), or, for a quotation alone in its paragraph, the speaker of the quotation just
 * before. Pronouns and "the company" resolve to the person or organisation named last.
 */
export function attribute(quotation: Quotation, index: number, context: Context, previous: readonly Attribution[]): Attribution {
  const { text } = context;
  const paragraphEnd = nextBreak(text, quotation.end);
  const after = text.slice(quotation.end, Math.min(paragraphEnd, quotation.end + 160));
  const paragraphStart = text.lastIndexOf('\n', quotation.start) + 1;
  const before = text.slice(Math.max(paragraphStart, quotation.start - 200), quotation.start);

  for (const [pattern, part, offset] of [
    [AFTER_NAMED_FIRST, after, quotation.end],
    [AFTER_VERB_FIRST, after, quotation.end],
    [AFTER_DASH, after, quotation.end],
    [ACCORDING_TO, before, quotation.start - before.length],
    [BEFORE, before, quotation.start - before.length],
    [IN_SENTENCE, sentenceBefore(before), quotation.start - sentenceBefore(before).length],
  ] as const) {
    if (!worthTrying(pattern, part)) continue;
    const matches = pattern === IN_SENTENCE ? clausesNearestFirst(part) : [pattern.exec(part)];
    for (const match of matches) {
      if (!match?.groups?.who) continue;
      const whoStart = offset + match.index + match[0].indexOf(match.groups.who);
      // The subject runs to the verb when the verb follows it ("Ms. Kee, the chief executive, said").
      const verbAt = match.groups.verb ? match[0].lastIndexOf(match.groups.verb) : -1;
      const whoEnd = verbAt > match[0].indexOf(match.groups.who) ? offset + match.index + verbAt : whoStart + match.groups.who.length;
      const speaker = resolveSpeaker(match.groups.who.trim(), whoStart, whoEnd, quotation, context);
      // "I wrote that …" with no author known: someone we cannot name, not a farther clause's subject.
      if (speaker === undefined && pattern === IN_SENTENCE && PRONOUN.test(match.groups.who.trim())) return { speaker: null, channel: '', how: 'none' };
      if (speaker === undefined) continue;
      const rest = pattern === BEFORE || pattern === IN_SENTENCE ? (match.groups.rest ?? '') : part.slice(match.index + match[0].length);
      return { speaker: speaker.entity, channel: channelOf(rest, match.groups.verb ?? ''), how: speaker.how };
    }
  }

  // No attribution of its own: the speaker of the quotation just before goes on, when this one
  // opens the next paragraph or follows in the same one with no one else named in between.
  const last = previous.at(-1);
  const previousQuotation = context.quotations[index - 1];
  if (last && last.speaker !== null && previousQuotation) {
    const between = text.slice(previousQuotation.end, quotation.start);
    const breaks = between.split('\n').filter((line, at, lines) => at > 0 && at < lines.length).length;
    const opensParagraph = /^\s*$/.test(text.slice(paragraphStart, quotation.start)) && breaks <= 2 && !/\n[^\n]*\S[^\n]*\n/.test(between);
    const sameParagraph = !between.includes('\n') && between.length < 400;
    // Another person named in between may have taken over; organisations named there ("the
    // county's health officer, said at a briefing at the Department of Health") have not.
    const someoneElse = mentionsIn(context, previousQuotation.end, quotation.start).some(
      (mention) => mention.entity !== last.speaker && context.entities[mention.entity]!.type === 'person',
    );
    if ((opensParagraph || sameParagraph) && !someoneElse) return { speaker: last.speaker, channel: last.channel, how: 'continued' };
  }
  return { speaker: null, channel: '', how: 'none' };
}

/**
 * The speaker nearest the quotation in its sentence: "In the letter, written the year Halden
 * went public, I wrote that “…”" is the writer's, not Halden's. Clauses are tried from the last.
 */
function clausesNearestFirst(part: string): RegExpExecArray[] {
  const starts = [0, ...[...part.matchAll(/,\s/g)].map((match) => match.index + match[0].length)].reverse();
  const found: RegExpExecArray[] = [];
  for (const start of starts) {
    const match = IN_SENTENCE_CLAUSE.exec(part.slice(start));
    if (!match) continue;
    match.index += start;
    found.push(match);
  }
  return found;
}

const ENDS_INTRODUCING = /[:,]\s*$/;
const HAS_SPEECH_VERB = new RegExp(String.raw`\b${SPEECH_VERB}\b`);

/** Cheap tests first: the patterns that look back are slow to fail on long text that cannot match. */
function worthTrying(pattern: RegExp, part: string): boolean {
  if (pattern === BEFORE) return ENDS_INTRODUCING.test(part) && HAS_SPEECH_VERB.test(part);
  if (pattern === IN_SENTENCE) return HAS_SPEECH_VERB.test(part);
  if (pattern === ACCORDING_TO) return /ccording to/.test(part);
  return true;
}

/** How far back a pronoun or "the company" is looked for: a few paragraphs. */
const LOOKBACK = 4000;

/** The part of `before` in the quotation's own sentence. */
function sentenceBefore(before: string): string {
  let cut = Math.max(before.lastIndexOf('”'), before.lastIndexOf('"'), before.lastIndexOf('\n'));
  // The last full stop, question or exclamation mark that ends a sentence (not "Dr." or "Rep.").
  for (const match of before.matchAll(/[.!?]\s+(?=\p{Lu})/gu)) {
    if (match[0][0] === '.' && ABBREVIATION_BEFORE.test(before.slice(Math.max(0, match.index - 12), match.index))) continue;
    cut = Math.max(cut, match.index);
  }
  return before.slice(cut + 1).trimStart();
}

const ABBREVIATION_BEFORE = /(?:\b(?:Mr|Mrs|Ms|Mx|Dr|Prof|Sen|Rep|Gov|Gen|Lt|Col|Capt|Sgt|Det|St|Jr|Sr|Rev|Fr|Inc|Corp|Co|Ltd|No)|\b\p{Lu})$/u;

function nextBreak(text: string, from: number): number {
  const at = text.indexOf('\n', from);
  return at < 0 ? text.length : at;
}

/** An entity for the words naming the speaker; undefined when the words name nobody we know. */
function resolveSpeaker(who: string, whoStart: number, whoEnd: number, quotation: Quotation, context: Context): { entity: number | null; how: Attribution['how'] } | undefined {
  // A person named in the subject before any organisation there ("Tollgate’s founder, Vikram Sethuraman").
  const inSubject = mentionsIn(context, whoStart, whoEnd).filter((mention) => context.entities[mention.entity]!.type !== 'place');
  const named = inSubject.find((mention) => context.entities[mention.entity]!.type === 'person') ?? inSubject[0];
  if (named) return { entity: named.entity, how: 'named' };
  // "the review's author, Dr Anjali Mistry, …": the name in apposition after the description.
  const apposed = mentionsIn(context, whoEnd + 1, whoEnd + 7).find((mention) => /^,\s*$/.test(context.text.slice(whoEnd, mention.start).replace(/\b(?:Mr|Ms|Mrs|Dr|Prof)\.?\s/, '')));
  if (apposed && context.entities[apposed.entity]!.type === 'person') return { entity: apposed.entity, how: 'named' };
  if (PRONOUN.test(who)) {
    if (who.toLowerCase() === 'i') return context.author === null ? undefined : { entity: context.author, how: 'author' };
    const entity = lastNamedBefore(quotation.start, context, who.toLowerCase());
    return entity === null ? undefined : { entity, how: 'pronoun' };
  }
  const role = ROLE_FOR.exec(who);
  if (role?.groups?.org) {
    const org = mentionsIn(context, whoStart + who.indexOf(role.groups!.org!), whoEnd)[0];
    if (org) return { entity: org.entity, how: 'role' };
  }
  // "the company", "the ministry": the organisation named last whose name holds that word, else the last one.
  // "the company", "the agency's notice": the body named last that the noun fits.
  const noun = /^the (\p{Ll}+)(?:['’]s (?:notice|statement|report|letter|filing|website|release|note|memo|lawyer|lawyers|spokesperson))?$/iu.exec(who)?.[1]?.toLowerCase();
  if (noun) {
    const entity = lastOrganisationBefore(quotation.start, context, noun);
    return entity === null ? undefined : { entity, how: 'role' };
  }
  return undefined;
}

// "One senior engineer, who asked not to be named, said…": a speaker the text does not name.
const UNNAMED_SPEAKER = /(?:^|[.!?]\s+|\n)(?:A|An|One|Another|Two|Three|Several|Some)\s[^.!?\n“”]{0,120}?\b(?:said|says|told|wrote|added|explained)\b/;

function lastNamedBefore(position: number, context: Context, pronoun: string): number | null {
  const found = lastNamedMentionBefore(position, context, pronoun);
  // Someone unnamed spoke since the last name: "he" or "she" is that person, whom we cannot name.
  if (found === null || UNNAMED_SPEAKER.test(context.text.slice(found.end, position))) return null;
  return found.entity;
}

function lastNamedMentionBefore(position: number, context: Context, pronoun: string): NameMention | null {
  const wanted = pronoun === 'he' ? 'male' : pronoun === 'she' ? 'female' : null;
  const paragraphStart = context.text.lastIndexOf('\n', position) + 1;
  // "they" is a person named earlier in the paragraph (singular they), or else an organisation.
  const personInParagraph = pronoun === 'they' && mentionsIn(context, paragraphStart, position).some((mention) => context.entities[mention.entity]!.type === 'person');
  const type = pronoun === 'it' ? 'organisation' : pronoun === 'they' && !personInParagraph ? null : 'person';
  for (let index = firstFrom(context.mentions, position) - 1; index >= 0; index--) {
    const mention = context.mentions[index]!;
    if (position - mention.start > LOOKBACK) break;
    if (insideQuotation(mention.start, context.quotations)) continue;
    const entity = context.entities[mention.entity]!;
    if (type && entity.type !== type) continue;
    if (entity.type === 'place') continue;
    const gender = context.genders.get(mention.entity);
    if (wanted && gender && gender !== wanted) continue;
    return mention;
  }
  return null;
}

/** Words that end a business's name: "the company said" means the business named last, not the city. */
const BUSINESS = /\b(?:Inc\.?|Corp\.?|Corporation|Co\.|Company|LLC|Ltd\.?|Limited|PLC|Plc|GmbH|AG|SA|NV|BV|LLP|LP|Pvt\.?|Holdings|Group|Partners|Technologies|Systems|Therapeutics|Pharmaceuticals|Resources|Energy|Services|Solutions|Industries|Enterprises|Capital|Ventures|Logistics|Mining|Motors|Airlines)$/;
const BUSINESS_NOUNS = new Set(['company', 'firm', 'startup', 'maker', 'contractor', 'developer', 'operator', 'retailer', 'insurer', 'miner', 'manufacturer', 'supplier', 'vendor', 'bidder', 'lender', 'carrier', 'group']);

function lastOrganisationBefore(position: number, context: Context, noun: string): number | null {
  let fallback: number | null = null;
  let business: number | null = null;
  let businessMentions = 0;
  const mentionCount = (entity: number) => context.mentionCounts.get(entity) ?? 0;
  for (let index = firstFrom(context.mentions, position) - 1; index >= 0; index--) {
    const mention = context.mentions[index]!;
    if (position - mention.start > LOOKBACK) break;
    const entity = context.entities[mention.entity]!;
    if (entity.type !== 'organisation') continue;
    if (entity.name.toLowerCase().includes(noun)) return mention.entity;
    fallback ??= mention.entity;
    // Of the businesses named in the last paragraphs, the one the story is about (named most).
    if (BUSINESS.test(entity.name) && position - mention.start < 1500 && mentionCount(mention.entity) > businessMentions) {
      business = mention.entity;
      businessMentions = mentionCount(mention.entity);
    }
  }
  if (BUSINESS_NOUNS.has(noun) && business !== null) return business;
  // "the statement said": the organisation that issued it, named last.
  return ['company', 'firm', 'group', 'business', 'organization', 'organisation', 'startup', 'maker', 'contractor', 'insurer', 'bank', 'retailer', 'developer', 'operator', 'union', 'statement', 'note', 'report', 'release', 'filing', 'hospital', 'agency', 'ministry', 'department', 'council', 'city', 'county', 'regulator', 'commission', 'authority', 'board', 'government', 'university', 'school', 'district', 'police', 'court'].includes(noun)
    ? fallback
    : null;
}

function insideQuotation(position: number, quotations: readonly Quotation[]): boolean {
  const before = quotations[firstFrom(quotations, position) - 1];
  return before !== undefined && position > before.start && position < before.end;
}

function channelOf(rest: string, verb: string): string {
  if (/in a statement$/.test(verb)) return 'statement';
  const match = CHANNEL.exec(rest);
  if (!match?.groups) return '';
  if (match.groups.channel) return match.groups.channel.trim();
  return match.groups.audience ? `told ${match.groups.audience.trim()}` : '';
}
