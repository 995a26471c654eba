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

/** Who is he and who is she, as far as their titles say. */
function gendersOf(mentions: readonly NameMention[]): Map<number, 'male' | 'female'> {
  const genders = new Map<number, 'male' | 'female'>();
  for (const mention of mentions) {
    for (const title of mention.titles) {
      if (MALE.has(title)) genders.set(mention.entity, 'male');
      if (FEMALE.has(title)) genders.set(mention.entity, 'female');
    }
  }
  return genders;
}

/** Every quotation in the text that is speech, attributed where the text attributes it. */
export function findQuotes(text: string, names: { entities: readonly FoundEntity[]; mentions: readonly NameMention[] }): QuoteMention[] {
  const quotations = findQuotations(text);
  const context = { text, entities: names.entities, mentions: names.mentions, quotations, genders: gendersOf(names.mentions) };
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
