import type { DateMention, DateReference } from './dates/date-mention';
import { findDates } from './dates/find-dates';
import { findEvents, type EventMention } from './events/find-events';
import { findMoney, type MoneyMention } from './money/find-money';
import { foldName } from '../entities/fold-name';
import { findNames, type FoundEntity, type NameMention } from './names/find-names';
import { findQuotes, type QuoteMention } from './quotes/find-quotes';
import { toSuggestions } from './suggestions/to-suggestions';
import type { AnalysisStep, TextAnalyzer } from './text-analyzer';

/** What the offline analysis finds in one text, before any of it is offered to the reporter. */
export interface TextAnalysis {
  entities: FoundEntity[];
  mentions: NameMention[];
  money: MoneyMention[];
  dates: DateMention[];
  quotes: QuoteMention[];
  events: EventMention[];
}

/** Runs every analyzer over a source's canonical text (UTF-16 offsets throughout), saying which step it is on. */
export function analyzeText(text: string, reference: DateReference | null, onStep: (step: AnalysisStep) => void = () => {}, authors: readonly string[] = []): TextAnalysis {
  onStep('names');
  const names = findNames(text);
  const author = authorEntity(names.entities, authors);
  onStep('amounts');
  const money = findMoney(text);
  onStep('dates');
  // An amount's words are not dates ("$2,020").
  const dates = findDates(text, reference).filter((date) => !money.some((amount) => date.start < amount.end && amount.start < date.end));
  onStep('quotes');
  const quotes = findQuotes(text, names, author);
  // An author added only in case "I" spoke, and it did not: not an entity of this text.
  if (author === names.entities.length - 1 && !names.mentions.some((mention) => mention.entity === author) && !quotes.some((quote) => quote.speaker === author)) names.entities.pop();
  const events = findEvents(text, { ...names, dates, quotes });
  return { entities: names.entities, mentions: names.mentions, money, dates, quotes, events };
}

/**
 * The entity of a text's only author (a letter's, a column's), added if the text never names
 * them: "I said" in it is theirs. With several authors, "I" is not one of them for sure.
 */
function authorEntity(entities: FoundEntity[], authors: readonly string[]): number | null {
  if (authors.length !== 1) return null;
  const name = authors[0]!;
  const known = entities.findIndex((entity) => entity.type === 'person' && [entity.name, ...entity.aliases].some((form) => foldName(form) === foldName(name)));
  if (known >= 0) return known;
  entities.push({ name, type: 'person', aliases: [] });
  return entities.length - 1;
}

/** The analysis in this thread: for tests, and for hosts without the worker. */
export const inProcessAnalyzer: TextAnalyzer = {
  async suggest(text, reference, registry, { signal, onStep, authors }) {
    signal.throwIfAborted();
    return toSuggestions(text, analyzeText(text, reference, onStep, authors), registry, reference);
  },
};
