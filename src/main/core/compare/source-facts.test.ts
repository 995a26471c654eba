import { describe, expect, it } from 'vitest';
import { readCompareContext } from './compare-context';
import { readSourceAnnotations } from './source-annotations';
import { resolvedDate, sourceFacts } from './source-facts';
import { compareInvestigation, entity, mention, tag } from './test-support';

describe('sourceFacts', () => {
  it('makes a figure in a tagged event one fact per entity of the event, valued as the reporter dated it', async () => {
    const { db, sourceIds: [source] } = await compareInvestigation('Halden Systems and Vestra signed the deal on 3 March 2020 in Oslo.');
    const halden = entity(db, 'Halden Systems', 'organisation');
    const vestra = entity(db, 'Vestra', 'organisation');
    mention(db, source!, 'Halden Systems', halden);
    tag(db, source!, 'Halden Systems and Vestra signed the deal on 3 March 2020', { kind: 'event', event: { what: 'Deal signed', startsOn: '2020-03-03', entityIds: [vestra, halden] } });
    const context = readCompareContext(db);
    const facts = sourceFacts(readSourceAnnotations(db, context), context).map(({ fact, annotationId }) => [fact.subject.name, fact.value, fact.span.text, annotationId !== null]);
    expect(facts).toEqual([
      ['Halden Systems', { kind: 'date', date: { precision: 'day', value: '2020-03-03' } }, '3 March 2020', true],
      ['Vestra', { kind: 'date', date: { precision: 'day', value: '2020-03-03' } }, '3 March 2020', true],
    ]);
  });

  it('takes a money mention’s value from its entity, about the nearest other entity in its sentence, and skips figures about nothing tagged', async () => {
    const { db, sourceIds: [source] } = await compareInvestigation('Vestra paid $2m. Later, Halden Systems won a contract worth $500,000 from Oslo. Rivals hired 40 people.');
    const halden = entity(db, 'Halden Systems', 'organisation');
    const oslo = entity(db, 'Oslo', 'place');
    const amount = entity(db, 'USD 500,000', 'money', { money: { amount: 500_000, currency: 'USD' } });
    mention(db, source!, 'Halden Systems', halden);
    mention(db, source!, 'Oslo', oslo);
    mention(db, source!, '$500,000', amount);
    const context = readCompareContext(db);
    const facts = sourceFacts(readSourceAnnotations(db, context), context).map(({ fact }) => [fact.id.split('|')[0]!.split(':')[0], fact.subject.name, fact.value]);
    // "worth $500,000 from Oslo": Oslo is nearer than Halden Systems.
    expect(facts).toEqual([['annotation', 'Oslo', { kind: 'money', amount: 500_000, currency: 'USD' }]]);
  });

  it('reads a range of partial dates as a range of days', () => {
    expect(resolvedDate('2018', '2021-06')).toEqual({ precision: 'range', start: '2018-01-01', end: '2021-06-30' });
    expect(resolvedDate('2020-09', '2020-09')).toEqual({ precision: 'month', value: '2020-09' });
  });
});
