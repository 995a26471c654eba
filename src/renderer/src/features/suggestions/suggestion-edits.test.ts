import { describe, expect, it } from 'vitest';
import type { Suggestion } from '../../../../shared/domain/suggestion';
import { draftOf, editsOf } from './suggestion-edits';

const quote: Suggestion = {
  id: 7,
  sourceId: 1,
  kind: 'quote',
  span: { start: 0, end: 30, exact: '“We met every condition,”', prefix: '', suffix: '' },
  label: 'Said by Marcus Delahaye',
  detail: 'The speaker is named in the attribution.',
  entity: { name: 'Marcus Delahaye', type: 'person', aliases: ['Mr. Delahaye'], existingId: null, money: null, date: null },
  channel: 'statement',
  event: null,
  analyzer: 'sourcebook-rules',
  analyzerVersion: '1.0',
  status: 'pending',
};
const amount: Suggestion = {
  ...quote,
  id: 8,
  kind: 'money',
  label: 'USD 4,200,000',
  entity: { name: 'USD 4,200,000', type: 'money', aliases: [], existingId: null, money: { amount: 4_200_000, currency: 'USD' }, date: null },
  channel: '',
};
const registry = new Map([[3, { name: 'Imogen Achterberg', type: 'person' as const }]]);
const lookUp = (id: number) => registry.get(id);

describe('corrections sent with an acceptance', () => {
  it('sends the suggestion as it was when nothing is changed, aliases and channel kept', () => {
    expect(editsOf(quote, draftOf(quote), lookUp)).toEqual({ entity: quote.entity, channel: 'statement' });
    expect(editsOf(amount, draftOf(amount), lookUp)).toEqual({ entity: amount.entity });
  });

  it('a new name is a new entity, without the names the analysis saw for another', () => {
    const edits = editsOf(quote, { ...draftOf(quote), name: ' Marcus J. Delahaye ', channel: ' statement to the council ' }, lookUp);
    expect(edits).toEqual({
      entity: { name: 'Marcus J. Delahaye', type: 'person', aliases: [], existingId: null, money: null, date: null },
      channel: 'statement to the council',
    });
  });

  it('a name differing only in case or accents keeps the aliases', () => {
    expect(editsOf(quote, { ...draftOf(quote), name: 'marcus delahaye' }, lookUp).entity?.aliases).toEqual(['Mr. Delahaye']);
  });

  it('another type drops the amount or date, which belonged to the old type', () => {
    expect(editsOf(amount, { ...draftOf(amount), type: 'other' }, lookUp).entity).toMatchObject({ type: 'other', money: null });
  });

  it('links an entity of the registry by its id, under its registry name', () => {
    expect(editsOf(quote, { ...draftOf(quote), existingId: 3 }, lookUp).entity).toEqual({
      name: 'Imogen Achterberg',
      type: 'person',
      aliases: [],
      existingId: 3,
      money: null,
      date: null,
    });
  });

  it('an empty name leaves the quote without a speaker', () => {
    expect(editsOf(quote, { ...draftOf(quote), name: '  ' }, lookUp)).toEqual({ entity: null, channel: 'statement' });
  });

  it('a quote without a speaker starts as a person to name', () => {
    expect(draftOf({ ...quote, entity: null, channel: '' })).toEqual({ existingId: null, name: '', type: 'person', channel: '' });
  });
});
