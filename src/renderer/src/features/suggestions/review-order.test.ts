import { describe, expect, it } from 'vitest';
import type { Suggestion, SuggestionKind } from '../../../../shared/domain/suggestion';
import { afterDecision, groupByKind, neighbour, spanPoint } from './review-order';

let nextId = 1;
function suggestion(kind: SuggestionKind, start: number, end: number, id = nextId++): Suggestion {
  return {
    id,
    sourceId: 1,
    kind,
    span: { start, end, exact: 'x'.repeat(end - start), prefix: '', suffix: '' },
    label: `${kind} ${id}`,
    detail: '',
    entity: null,
    channel: '',
    event: null,
    analyzer: 'sourcebook-rules',
    analyzerVersion: '1.0',
    status: 'pending',
  };
}

describe('stepping through suggestions in reading order', () => {
  // A quote holding a person's name, then a date, then an amount.
  const quote = suggestion('quote', 10, 60, 5);
  const person = suggestion('person', 10, 20, 2);
  const date = suggestion('date', 70, 77, 9);
  const money = suggestion('money', 90, 99, 1);
  const list = [quote, person, date, money];

  it('goes from a suggestion to the next and back, the longer of two at one place first', () => {
    expect(neighbour(list, spanPoint(quote), 1, true)).toBe(person);
    expect(neighbour(list, spanPoint(person), 1, true)).toBe(date);
    expect(neighbour(list, spanPoint(date), -1, true)).toBe(person);
    expect(neighbour(list, spanPoint(person), -1, true)).toBe(quote);
  });

  it('does not depend on the order it is given', () => {
    const shuffled = [money, date, person, quote];
    expect(neighbour(shuffled, spanPoint(quote), 1, true)).toBe(person);
    expect(neighbour(shuffled, spanPoint(money), -1, true)).toBe(date);
  });

  it('wraps around at either end only when asked', () => {
    expect(neighbour(list, spanPoint(money), 1, true)).toBe(quote);
    expect(neighbour(list, spanPoint(quote), -1, true)).toBe(money);
    expect(neighbour(list, spanPoint(money), 1, false)).toBeNull();
    expect(neighbour(list, spanPoint(quote), -1, false)).toBeNull();
  });

  it('starts from a place in the text: what starts there is next, what starts before is previous', () => {
    expect(neighbour(list, { start: 10, end: Infinity }, 1, true)).toBe(quote);
    expect(neighbour(list, { start: 11, end: Infinity }, 1, true)).toBe(date);
    expect(neighbour(list, { start: 70, end: Infinity }, -1, true)).toBe(person);
    expect(neighbour(list, { start: 0, end: Infinity }, 1, true)).toBe(quote);
  });

  it('starts from an annotation: a suggestion of the same span is neither next nor previous', () => {
    const sameAsDate = suggestion('place', 70, 77, 3);
    const withTwin = [...list, sameAsDate];
    expect(neighbour(withTwin, { start: 70, end: 77 }, 1, false)).toBe(money);
    expect(neighbour(withTwin, { start: 70, end: 77 }, -1, false)).toBe(person);
    // Inside an accepted quote, the name it holds comes next.
    expect(neighbour(list, { start: 10, end: 60 }, 1, false)).toBe(person);
  });

  it('finds nothing in an empty list', () => {
    expect(neighbour([], { start: 0, end: Infinity }, 1, true)).toBeNull();
  });

  it('after a decision, offers the next suggestion, else the one before, else none', () => {
    expect(afterDecision(list, date)).toBe(money);
    expect(afterDecision(list, money)).toBe(date);
    expect(afterDecision([money], money)).toBeNull();
    // The decided suggestion may already be gone from the list.
    expect(afterDecision([quote, money], date)).toBe(money);
  });
});

describe('grouping the side list', () => {
  it('groups by kind in the kinds’ order, keeps reading order inside, and leaves out empty kinds', () => {
    const a = suggestion('quote', 0, 5);
    const b = suggestion('person', 6, 9);
    const c = suggestion('person', 20, 25);
    const d = suggestion('money', 30, 35);
    const groups = groupByKind([a, b, c, d]);
    expect(groups.map((group) => [group.info.plural, group.suggestions.length])).toEqual([
      ['People', 2],
      ['Amounts', 1],
      ['Quotes', 1],
    ]);
    expect(groups[0]!.suggestions).toEqual([b, c]);
  });
});
