import type { DateMention } from '../dates/date-mention';
import type { FoundEntity, NameMention } from '../names/find-names';
import type { QuoteMention } from '../quotes/find-quotes';
import { sentences } from './sentences';

/** A dated sentence about someone: "Mr. Keiser cancelled the deal on Sept. 3." */
export interface EventMention {
  /** The sentence (UTF-16 offsets). */
  start: number;
  end: number;
  text: string;
  /** The date it happened, as the sentence gives it. */
  date: DateMention;
  /** Who it is about: the subject first, then the others the sentence names. */
  entities: number[];
}

// Verbs in the past that report what someone said are statements, not events ("X said Tuesday").
const SPEECH = /^(?:said|says|told|wrote|added|asked|argued|explained|noted|insisted|warned|acknowledged|admitted|recalled|replied|responded|stated|declared|claimed)$/i;
const PAST = /^(?:\p{L}+ed|made|met|took|gave|went|came|held|sent|began|left|won|lost|found|paid|sold|bought|brought|spent|ran|rose|fell|led|struck|broke|chose|quit|shut|became|got|fought|built|fled|signed|cut|hit|set|put|hired|fired|resigned)$/iu;

/**
 * Sentences that say what a named person or organisation did, and when: the sentence holds a
 * date, opens with a name (within its first words), and the name's verb is in the past and is
 * not one of speech. Quoted words are not events.
 */
export function findEvents(
  text: string,
  analysis: { entities: readonly FoundEntity[]; mentions: readonly NameMention[]; dates: readonly DateMention[]; quotes: readonly QuoteMention[] },
): EventMention[] {
  const events: EventMention[] = [];
  for (const { start, end } of sentences(text)) {
    if (end - start < 20 || analysis.quotes.some((quote) => quote.start < end && start < quote.end)) continue;
    const date = analysis.dates.find((candidate) => candidate.start >= start && candidate.end <= end);
    if (!date) continue;
    const named = analysis.mentions.filter((mention) => mention.start >= start && mention.end <= end && analysis.entities[mention.entity]!.type !== 'place');
    const subject = named[0];
    if (!subject || text.slice(start, subject.start).split(/\s+/).filter(Boolean).length > 3) continue;
    const verb = text.slice(subject.end, end).replace(/^(?:['’]s)?(?:,[^,]{0,80},)?\s*/, '').split(/\s+/)[0]?.replace(/[^\p{L}]/gu, '') ?? '';
    if (!PAST.test(verb) || SPEECH.test(verb)) continue;
    events.push({ start, end, text: text.slice(start, end), date, entities: [...new Set(named.map((mention) => mention.entity))] });
  }
  return events;
}
