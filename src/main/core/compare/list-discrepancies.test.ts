import type Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { mergeEntities } from '../entities/entity-merge';
import { listDiscrepancies } from './list-discrepancies';
import { compareInvestigation, describeSource, entity, mention, tag } from './test-support';

const LEDGER = `Halden Systems signed the Fenwick contract, worth $500,000, in May 2018.

Halden Systems cancelled the pilot on 16 September 2020.

Halden Systems employs 300 engineers.`;

const WIRE = `Halden Systems signed the Fenwick contract, valued at $1.5 million, in May 2018.

Halden Systems cancelled the pilot on 17 September 2020.

Halden Systems employs 450 engineers.`;

/** The same three facts about one company, told differently by two outlets. */
async function twoOutlets(): Promise<{ db: Database.Database; ledger: number; wire: number; halden: number }> {
  const { db, sourceIds } = await compareInvestigation(LEDGER, WIRE);
  const [ledger, wire] = sourceIds as [number, number];
  describeSource(db, ledger, { outlet: 'The Ledger', publishedDate: '2020-09-17', url: 'https://ledger.example/fenwick' });
  describeSource(db, wire, { outlet: 'Wire', publishedDate: '2020-09-18' });
  const halden = entity(db, 'Halden Systems', 'organisation');
  for (const sourceId of [ledger, wire]) for (const skip of [0, 1, 2]) mention(db, sourceId, 'Halden Systems', halden, skip);
  mention(db, ledger, '$500,000', entity(db, 'USD 500,000', 'money', { money: { amount: 500_000, currency: 'USD' } }));
  mention(db, wire, '$1.5 million', entity(db, 'USD 1,500,000', 'money', { money: { amount: 1_500_000, currency: 'USD' } }));
  tag(db, ledger, 'Halden Systems cancelled the pilot on 16 September 2020', { kind: 'event', event: { what: 'Pilot cancelled', startsOn: '2020-09-16', entityIds: [halden] } });
  tag(db, wire, 'Halden Systems cancelled the pilot on 17 September 2020', { kind: 'event', event: { what: 'Pilot cancelled', startsOn: '2020-09-17', entityIds: [halden] } });
  return { db, ledger, wire, halden };
}

describe('listDiscrepancies', () => {
  it('finds money tagged, event dates and counts in the text that disagree about one entity, with the spans side by side', async () => {
    const { db, ledger, wire, halden } = await twoOutlets();
    const found = listDiscrepancies(db);
    expect(found.map((d) => [d.subject, d.kind, d.values.map((v) => v.normalized)])).toEqual([
      [{ kind: 'entity', id: halden, name: 'Halden Systems' }, 'count', ['300 engineers', '450 engineers']],
      [{ kind: 'entity', id: halden, name: 'Halden Systems' }, 'date', ['2020-09-16', '2020-09-17']],
      [{ kind: 'entity', id: halden, name: 'Halden Systems' }, 'money', ['USD 500,000', 'USD 1,500,000']],
    ]);
    const money = found.find((d) => d.kind === 'money')!;
    expect(money.explanation).toBe('Both give the value of the contract linked to Halden Systems, in The Ledger and Wire (near each figure: “worth”/“valued”, “contract”, “fenwick” and “signed”).');
    expect(money.facts.map((fact) => [fact.source.id, fact.source.outlet, fact.figure.text, fact.annotationId !== null, fact.sentence.before, fact.sentence.after])).toEqual([
      [ledger, 'The Ledger', '$500,000', true, 'Halden Systems signed the Fenwick contract, worth ', ', in May 2018.'],
      [wire, 'Wire', '$1.5 million', true, 'Halden Systems signed the Fenwick contract, valued at ', ', in May 2018.'],
    ]);
    expect(found.find((d) => d.kind === 'date')!.explanation).toMatch(/^Both give the date the pilot linked to Halden Systems was cancelled/);
    expect(found.find((d) => d.kind === 'count')!.facts.map((fact) => fact.annotationId)).toEqual([null, null]);
  });

  it('gives figure and sentence in code points, so a claim can be made on them', async () => {
    const { db, sourceIds } = await compareInvestigation('🚆 Halden Systems said the contract was worth $500,000.', 'Halden Systems said the contract was worth $900,000.');
    const halden = entity(db, 'Halden Systems', 'organisation');
    for (const sourceId of sourceIds) mention(db, sourceId, 'Halden Systems', halden);
    const [fact] = listDiscrepancies(db)[0]!.facts;
    const text = [...(db.prepare('SELECT canonical_text FROM source WHERE id = ?').pluck().get(sourceIds[0]) as string)];
    expect(text.slice(fact!.figure.start, fact!.figure.end).join('')).toBe('$500,000');
    expect(text.slice(fact!.sentence.start, fact!.sentence.end).join('')).toBe('🚆 Halden Systems said the contract was worth $500,000.');
  });

  it('takes merged entities as the one they were merged into, and looks only at the sources asked', async () => {
    const { db, ledger, halden } = await twoOutlets();
    const holding = entity(db, 'Halden Holding', 'organisation');
    mergeEntities(db, halden, holding);
    expect(listDiscrepancies(db).map((d) => d.subject.name)).toEqual(['Halden Holding', 'Halden Holding', 'Halden Holding']);
    expect(listDiscrepancies(db, [ledger])).toEqual([]);
  });

  it('reports nothing when the sources agree or a figure is about nothing tagged', async () => {
    const { db, sourceIds } = await compareInvestigation('Halden Systems employs 300 engineers. Rivals employ 500 engineers.', 'Halden Systems employs 300 engineers.');
    const halden = entity(db, 'Halden Systems', 'organisation');
    for (const sourceId of sourceIds) mention(db, sourceId, 'Halden Systems', halden);
    expect(listDiscrepancies(db)).toEqual([]);
  });
});
