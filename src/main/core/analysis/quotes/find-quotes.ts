import type { FoundEntity, NameMention } from '../names/find-names';
import { attribute, type Attribution } from './attribute';
import { findQuotations } from './find-quotations';
import { isQuote } from './is-quote';

/** Words someone said, where they are in the text, and who said them as far as the text says. */
export interface QuoteMention {
  /** The quotation with its marks, over all its paragraphs. */
  start: number;
  end: number;
  text: string;
  /** Index of the speaker among the entities found in the text, or null. */
  speaker: number | null;
  channel: string;
  how: Attribution['how'];
}

const MALE = new Set(['Mr.', 'Mr', 'Sir', 'Lord', 'King', 'Prince', 'Father', 'Fr.', 'Brother', 'Chairman']);
const FEMALE = new Set(['Ms.', 'Ms', 'Mrs.', 'Mrs', 'Miss', 'Dame', 'Lady', 'Queen', 'Princess', 'Sister', 'Chairwoman']);

/**
 * Who is he and who is she, as far as the text says: by title ("Ms. Kee"), else by the pronoun
 * the sentence uses for them right after the name ("Dr. van Houten said he …").
 */
function gendersOf(text: string, names: { entities: readonly FoundEntity[]; mentions: readonly NameMention[] }): Map<number, 'male' | 'female'> {
  const genders = new Map<number, 'male' | 'female'>();
  const { mentions, entities } = names;
  for (const mention of mentions) {
    for (const title of mention.titles) {
      if (MALE.has(title)) genders.set(mention.entity, 'male');
      if (FEMALE.has(title)) genders.set(mention.entity, 'female');
    }
  }
  mentions.forEach((mention, index) => {
    if (genders.has(mention.entity) || entities[mention.entity]!.type !== 'person') return;
    const next = mentions[index + 1];
    const after = text.slice(mention.end, Math.min(mention.end + 80, next ? next.start : text.length)).split(/[.!?\n“”"]/)[0]!;
    const pronoun = /\b(he|his|him|she|her|hers)\b/i.exec(after)?.[1]?.toLowerCase();
    if (pronoun) genders.set(mention.entity, /^(?:he|his|him)$/.test(pronoun) ? 'male' : 'female');
  });
  return genders;
}

/** Every quotation in the text that is speech, attributed where the text attributes it. */
export function findQuotes(text: string, names: { entities: readonly FoundEntity[]; mentions: readonly NameMention[] }, author: number | null = null): QuoteMention[] {
  const quotations = findQuotations(text);
  const mentionCounts = new Map<number, number>();
  for (const mention of names.mentions) mentionCounts.set(mention.entity, (mentionCounts.get(mention.entity) ?? 0) + 1);
  const context = { text, entities: names.entities, mentions: names.mentions, quotations, genders: gendersOf(text, names), mentionCounts, author };
  const attributions: Attribution[] = [];
  const quotes: QuoteMention[] = [];
  quotations.forEach((quotation, index) => {
    const attribution = attribute(quotation, index, context, attributions);
    if (!isQuote(quotation, text, attribution)) return;
    attributions.push(attribution);
    quotes.push({ start: quotation.start, end: quotation.end, text: text.slice(quotation.start, quotation.end), ...attribution });
  });
  return quotes;
}
