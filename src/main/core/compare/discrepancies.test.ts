import { describe, expect, it } from 'vitest';
import { findDiscrepancies } from './discrepancies';
import { findFigures } from './figures';
import { sentenceAround, type FactSubject, type SourceFact } from './source-fact';

const HALDEN: FactSubject = { kind: 'entity', id: 4, name: 'Halden Systems' };
const SOURCES = { 1: 'The Ledger', 2: 'Wire', 3: 'Gazette' } as const;

/** The facts of `text`: its figures whose words are in `figures`, each about `subject`, as the caller will build them. */
function factsIn(sourceId: keyof typeof SOURCES, text: string, figures: string[], subject = HALDEN, reference = '2026-03-12'): SourceFact[] {
  return findFigures(text, { date: reference, basis: 'published' })
    .filter((figure) => figures.includes(figure.text))
    .map((figure) => ({
      id: `figure:${sourceId}:${figure.start}`,
      source: { id: sourceId, name: SOURCES[sourceId] },
      subject,
      value: figure.value,
      span: { start: figure.start, end: figure.end, text: figure.text },
      sentence: sentenceAround(text, figure.start, figure.end),
    }));
}

describe('findDiscrepancies', () => {
  it('groups the value of one contract given differently by two sources, and says why', () => {
    const facts = [
      ...factsIn(1, 'Rain fell. The contract Halden Systems won was worth $500,000, officials said.', ['$500,000']),
      ...factsIn(2, 'Halden Systems signed a contract valued at $1.5 million with the ministry.', ['$1.5 million']),
    ];
    const [discrepancy, ...rest] = findDiscrepancies(facts);
    expect(rest).toEqual([]);
    expect(discrepancy).toMatchObject({ kind: 'money', subject: HALDEN, factIds: ['figure:1:53', 'figure:2:43'] });
    expect(discrepancy!.values.map((value) => value.normalized)).toEqual(['USD 500,000', 'USD 1,500,000']);
    expect(discrepancy!.sharedContext.map((entry) => entry.term)).toEqual(['value', 'contract']);
    expect(discrepancy!.explanation).toBe('Both give the value of the contract linked to Halden Systems, in The Ledger and Wire (near each figure: “worth”/“valued” and “contract”).');
  });

  it('never takes the words that say when ("in its first year") for the thing valued', () => {
    const facts = [
      ...factsIn(1, 'Okafor said the agreement, worth $1.5 million in its first year, covers maintenance.', ['$1.5 million']),
      ...factsIn(2, 'The agreement with Halden Systems was worth $2 million in its first year.', ['$2 million']),
    ];
    const [discrepancy] = findDiscrepancies(facts);
    // "agreement" is read as the act of signing, so no thing is named rather than a wrong one.
    expect(discrepancy!.explanation).toMatch(/^Both give an amount linked to Halden Systems, in The Ledger and Wire/);
  });

  it('reports nothing when the sources agree, however they write it', () => {
    const facts = [...factsIn(1, 'The contract was worth $1.5 million.', ['$1.5 million']), ...factsIn(2, 'The contract is valued at US$1,500,000.', ['US$1,500,000'])];
    expect(findDiscrepancies(facts)).toEqual([]);
  });

  it('flags an event dated a day apart, but keeps a signing date and an end date apart', () => {
    const facts = [
      ...factsIn(1, 'Halden Systems signed the contract on March 11, 2026.', ['March 11, 2026']),
      ...factsIn(2, 'The contract was signed on March 12, 2026 by Halden Systems.', ['March 12, 2026']),
      ...factsIn(3, 'Halden Systems ended the contract on June 30, 2026.', ['June 30, 2026']),
    ];
    const found = findDiscrepancies(facts);
    expect(found).toHaveLength(1);
    expect(found[0]!.factIds).toEqual(['figure:1:38', 'figure:2:27']);
    expect(found[0]!.explanation).toBe('Both give the date the contract linked to Halden Systems was signed, in The Ledger and Wire (near each figure: “contract” and “signed”).');
  });

  it('takes a vaguer date inside a precise one for agreement', () => {
    const facts = [...factsIn(1, 'Halden Systems signed the contract in March 2026.', ['March 2026']), ...factsIn(2, 'Halden Systems signed the contract on March 12, 2026.', ['March 12, 2026'])];
    expect(findDiscrepancies(facts)).toEqual([]);
  });

  it('groups counts of the same thing across three sources, and not counts of other things', () => {
    const facts = [
      ...factsIn(1, 'Halden Systems cut 300 jobs at the Leeds plant.', ['300']),
      ...factsIn(2, 'At Leeds, Halden Systems cut 450 jobs.', ['450']),
      ...factsIn(3, 'Halden Systems cut 300 jobs in Leeds and bought 12 trucks.', ['300', '12']),
    ];
    const [discrepancy, ...rest] = findDiscrepancies(facts);
    expect(rest).toEqual([]);
    expect(discrepancy!.values).toEqual([
      { normalized: '300 jobs', factIds: ['figure:1:19', 'figure:3:19'] },
      { normalized: '450 jobs', factIds: ['figure:2:29'] },
    ]);
    expect(discrepancy!.explanation).toMatch(/^All three give the number of jobs linked to Halden Systems, in The Ledger, Wire and Gazette/);
  });

  it('never groups figures about different subjects, or figures of one source alone', () => {
    const other: FactSubject = { kind: 'event', id: 9, name: 'Drone contract cancelled' };
    const facts = [
      ...factsIn(1, 'The contract was worth $500,000.', ['$500,000']),
      ...factsIn(2, 'The contract was worth $900,000.', ['$900,000'], other),
      ...factsIn(3, 'The contract was worth $700,000 in 2019 and $800,000 after the contract was amended.', ['$700,000', '$800,000'], other),
    ];
    const found = findDiscrepancies(facts);
    expect(found).toHaveLength(1);
    expect(found[0]!.subject).toEqual(other);
    expect(found[0]!.explanation).toMatch(/in the event “Drone contract cancelled”, in Wire and Gazette/);
  });

  it('is deterministic: the order of the input does not matter', () => {
    const facts = [
      ...factsIn(1, 'The contract Halden Systems won was worth $500,000.', ['$500,000']),
      ...factsIn(2, 'Halden Systems signed a contract valued at $1.5 million.', ['$1.5 million']),
      ...factsIn(3, 'Halden Systems holds a contract worth €1.2 million.', ['€1.2 million']),
    ];
    expect(findDiscrepancies([...facts].reverse())).toEqual(findDiscrepancies(facts));
  });
});
