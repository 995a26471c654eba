import type { DateMention, DateReference } from './dates/date-mention';
import { findDates } from './dates/find-dates';
import { findEvents, type EventMention } from './events/find-events';
import { findMoney, type MoneyMention } from './money/find-money';
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
export function analyzeText(text: string, reference: DateReference | null, onStep: (step: AnalysisStep) => void = () => {}): TextAnalysis {
  onStep('names');
  const names = findNames(text);
  onStep('amounts');
  const money = findMoney(text);
  onStep('dates');
  // An amount's words are not dates ("$2,020").
  const dates = findDates(text, reference).filter((date) => !money.some((amount) => date.start < amount.end && amount.start < date.end));
  onStep('quotes');
  const quotes = findQuotes(text, names);
  const events = findEvents(text, { ...names, dates, quotes });
  return { entities: names.entities, mentions: names.mentions, money, dates, quotes, events };
}

/** The analysis in this thread: for tests, and for hosts without the worker. */
export const inProcessAnalyzer: TextAnalyzer = {
  async suggest(text, reference, registry, { signal, onStep }) {
    signal.throwIfAborted();
    return toSuggestions(text, analyzeText(text, reference, onStep), registry, reference);
  },
};
