import { foldName } from '../../entities/fold-name';
import type { DateMention } from '../dates/date-mention';
import type { MoneyMention } from '../money/find-money';
import type { FoundEntity } from '../names/find-names';
import type { QuoteMention } from '../quotes/find-quotes';
import type { Gold } from './gold';
import { locateAll, overlaps } from './locate';

/** How many labels there were, how many suggestions, and how many of those were right. */
export interface Tally {
  gold: number;
  predicted: number;
  /** Suggestions that match a label (precision's numerator). */
  correctPredicted: number;
  /** Labels matched by a suggestion (recall's numerator). */
  correctGold: number;
  /** Labels the evaluator could not find in the analyzed text (a label or import problem). */
  unlocated: number;
  misses: string[];
}

export const emptyTally = (): Tally => ({ gold: 0, predicted: 0, correctPredicted: 0, correctGold: 0, unlocated: 0, misses: [] });

export function addTallies(a: Tally, b: Tally): Tally {
  return {
    gold: a.gold + b.gold,
    predicted: a.predicted + b.predicted,
    correctPredicted: a.correctPredicted + b.correctPredicted,
    correctGold: a.correctGold + b.correctGold,
    unlocated: a.unlocated + b.unlocated,
    misses: [...a.misses, ...b.misses],
  };
}

const formsOf = (entity: { name: string; aliases: readonly string[] }) => new Set([entity.name, ...entity.aliases].map(foldName));

/**
 * Entities are scored as entities, not mentions: a suggested entity is right when one of its
 * names is one of a labelled entity's names, each label matched at most once.
 */
export function scoreEntities(type: 'person' | 'organisation' | 'place', found: readonly FoundEntity[], gold: Gold['people']): Tally {
  const predicted = found.filter((entity) => entity.type === type);
  const unmatched = new Set(gold.map((_, index) => index));
  const tally = { ...emptyTally(), gold: gold.length, predicted: predicted.length };
  for (const entity of predicted) {
    const forms = formsOf(entity);
    const match = [...unmatched].find((index) => [...formsOf(gold[index]!)].some((form) => forms.has(form)));
    if (match === undefined) {
      tally.misses.push(`extra ${type}: ${entity.name}`);
      continue;
    }
    unmatched.delete(match);
    tally.correctPredicted++;
    tally.correctGold++;
  }
  for (const index of unmatched) tally.misses.push(`missed ${type}: ${gold[index]!.name}`);
  return tally;
}

/** Occurrence by occurrence: a suggestion overlapping a label is right when its value is. */
function scoreSpans<P extends { start: number; end: number; text: string }, G extends { text: string }>(
  kind: string,
  text: string,
  predicted: readonly P[],
  gold: readonly G[],
  same: (suggestion: P, label: G) => boolean,
  describe: (suggestion: P) => string,
): Tally {
  const located = locateAll(text, gold.map((label) => label.text));
  const tally = { ...emptyTally(), gold: gold.length, predicted: predicted.length, unlocated: located.filter((place) => place === null).length };
  const usedSuggestions = new Set<number>();
  gold.forEach((label, index) => {
    const place = located[index];
    if (!place) {
      tally.misses.push(`${kind} label not in the text: “${label.text}”`);
      return;
    }
    const candidates = predicted.map((suggestion, at) => ({ suggestion, at })).filter(({ suggestion, at }) => !usedSuggestions.has(at) && overlaps(suggestion, place));
    const right = candidates.find(({ suggestion }) => same(suggestion, label));
    if (right) {
      usedSuggestions.add(right.at);
      tally.correctGold++;
      tally.correctPredicted++;
    } else {
      tally.misses.push(candidates.length > 0 ? `wrong ${kind}: “${label.text}” read as ${describe(candidates[0]!.suggestion)}` : `missed ${kind}: “${label.text}”`);
      for (const { at } of candidates) usedSuggestions.add(at);
    }
  });
  predicted.forEach((suggestion, at) => {
    if (!usedSuggestions.has(at)) tally.misses.push(`extra ${kind}: “${suggestion.text}” (${describe(suggestion)})`);
  });
  return tally;
}

export function scoreMoney(text: string, found: readonly MoneyMention[], gold: Gold['money']): Tally {
  return scoreSpans('money', text, found, gold, (suggestion, label) => suggestion.amount === label.amount && suggestion.currency === label.currency, (s) => `${s.amount} ${s.currency}`);
}

/** Dates: right when found and resolved to the labelled value at the labelled precision. */
export function scoreDates(text: string, found: readonly DateMention[], gold: Gold['dates']): Tally {
  const valueOf = (date: DateMention['date']) => (date.precision === 'range' ? `${date.start}..${date.end}` : `${date.value} (${date.precision})`);
  return scoreSpans(
    'date',
    text,
    found,
    gold,
    (suggestion, label) => valueOf(suggestion.date) === (label.precision === 'range' ? `${label.start}..${label.end}` : `${label.value} (${label.precision})`),
    (s) => valueOf(s.date),
  );
}

/** Found, but perhaps resolved wrong: how well dates are spotted, apart from how they resolve. */
export function scoreDateSpotting(text: string, found: readonly DateMention[], gold: Gold['dates']): Tally {
  return scoreSpans('date', text, found, gold, () => true, () => '');
}

/** Quotes: right when the suggestion overlaps the labelled words and names the labelled speaker (or, like the label, no one). */
export function scoreQuotes(text: string, found: readonly QuoteMention[], entities: readonly FoundEntity[], gold: Gold): Tally {
  const goldEntities = [...gold.people, ...gold.organisations, ...gold.places];
  const speakerForms = (name: string | null) => {
    if (name === null) return null;
    const entity = goldEntities.find((candidate) => candidate.name === name);
    return entity ? formsOf(entity) : new Set([foldName(name)]);
  };
  return scoreSpans(
    'quote',
    text,
    found,
    gold.quotes,
    (suggestion, label) => {
      const forms = speakerForms(label.speaker);
      if (suggestion.speaker === null || forms === null) return suggestion.speaker === null && forms === null;
      return [...formsOf(entities[suggestion.speaker]!)].some((form) => forms.has(form));
    },
    (s) => (s.speaker === null ? 'no speaker' : `said by ${entities[s.speaker]!.name}`),
  );
}
