import type { DateMention, DateReference } from './dates/date-mention';
import { findDates } from './dates/find-dates';
import { findMoney, type MoneyMention } from './money/find-money';
import { findNames, type FoundEntity, type NameMention } from './names/find-names';
import { findQuotes, type QuoteMention } from './quotes/find-quotes';

/** What the offline analysis finds in one text, before any of it is offered to the reporter. */
export interface TextAnalysis {
  entities: FoundEntity[];
  mentions: NameMention[];
  money: MoneyMention[];
  dates: DateMention[];
  quotes: QuoteMention[];
}

/** Runs every analyzer over a source's canonical text (UTF-16 offsets throughout). */
export function analyzeText(text: string, reference: DateReference | null): TextAnalysis {
  const names = findNames(text);
  const money = findMoney(text);
  // An amount's words are not dates ("$2,020") and a year inside a name is not one either.
  const dates = findDates(text, reference).filter((date) => !money.some((amount) => date.start < amount.end && amount.start < date.end));
  return { entities: names.entities, mentions: names.mentions, money, dates, quotes: findQuotes(text, names) };
}
