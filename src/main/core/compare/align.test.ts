import { describe, expect, it } from 'vitest';
import { alignColumns } from './align';
import { describePairing } from './describe-pairing';
import type { Statement } from './statement';

let nextId = 1;
function say(text: string, date: string | null, tags: string[] = [], id = nextId++): Statement {
  return { id, text, date, speakerId: null, sourceId: 1, tags };
}

// 2020: the CEO who cancelled the contract. 2026: the CEO who keeps one.
const cancelled = say('We cancelled the border surveillance contract because the drones never worked.', '2020-03-02', [], 11);
const drivers = say('Our drivers deserve safer trucks and a fair wage.', '2020-04-10', ['tag:labour'], 12);
const offices = say('Closing the Leeds offices was painful but necessary.', '2020-05-01', [], 13);
const keeps = say('We keep the border surveillance contract because the drones finally work.', '2026-01-15', [], 21);
const wages = say('Pay for every driver rose this year.', '2026-02-01', ['tag:labour'], 22);
const weather = say('The weather in Oslo was lovely.', '2026-03-01', [], 23);

describe('alignColumns', () => {
  it('pairs by shared tags first, then by similarity, and lists the rest as unmatched', () => {
    const alignment = alignColumns({ columns: [[cancelled, drivers, offices], [keeps, wages, weather]] });
    expect(alignment.rows.map((row) => row.cells)).toEqual([
      [11, 21],
      [12, 22],
    ]);
    expect(alignment.rows[0]!.reason).toMatchObject({ kind: 'similarity' });
    expect(alignment.rows[1]!.reason).toMatchObject({ kind: 'tags', tags: ['tag:labour'] });
    expect(alignment.unmatched).toEqual([[13], [23]]);
  });

  it('prefers a shared tag to closer wording', () => {
    const tagged = say('The drones were a scandal.', '2026-05-01', ['event:7']);
    const alignment = alignColumns({ columns: [[{ ...cancelled, tags: ['event:7'] }], [keeps, tagged]] });
    expect(alignment.rows.map((row) => row.cells)).toEqual([[11, tagged.id]]);
    expect(alignment.unmatched).toEqual([[], [21]]);
  });

  it('leaves pairs below the threshold apart', () => {
    const alignment = alignColumns({ columns: [[cancelled], [keeps]], threshold: 0.99 });
    expect(alignment.rows).toEqual([]);
    expect(alignment.unmatched).toEqual([[11], [21]]);
  });

  it('uses each statement once and breaks ties by date, then id, whatever the input order', () => {
    const early = say('The drones never worked.', '2021-01-01', [], 31);
    const late = say('The drones never worked.', '2022-01-01', [], 30);
    const sameDay = say('The drones never worked.', '2022-01-01', [], 32);
    const question = say('Why the drones never worked', '2019-01-01', [], 40);
    const expected = alignColumns({ columns: [[question], [early, late, sameDay]] });
    expect(expected.rows.map((row) => row.cells)).toEqual([[40, 31]]);
    expect(expected.unmatched).toEqual([[], [30, 32]]);
    expect(alignColumns({ columns: [[question], [sameDay, late, early]] })).toEqual(expected);
    expect(alignColumns({ columns: [[question], [sameDay, late]] }).rows.map((row) => row.cells)).toEqual([[40, 30]]);
  });

  it('keeps pinned rows as the reporter made them, before anything else', () => {
    const alignment = alignColumns({ columns: [[cancelled, drivers], [keeps, wages], [say('Drones work now, we keep the border contract.', '2026-06-01', [], 51)]], pinned: [{ cells: [11, 22, null] }] });
    expect(alignment.rows[0]).toEqual({ cells: [11, 22, null], pinned: true, reason: { kind: 'pinned' }, links: [] });
    // Nothing joins a pinned row, even the statement most like its first cell.
    expect(alignment.rows.slice(1).map((row) => row.cells)).toEqual([[null, 21, 51]]);
    expect(alignment.unmatched).toEqual([[12], [], []]);
  });

  it('keeps a statement pinned alone out of every row', () => {
    const alignment = alignColumns({ columns: [[cancelled], [keeps]], pinned: [{ cells: [null, 21] }] });
    expect(alignment.rows.map((row) => [row.cells, row.pinned])).toEqual([[[null, 21], true]]);
    expect(alignment.unmatched).toEqual([[11], []]);
  });

  it('sets aside pins that no longer fit, with the reason', () => {
    const alignment = alignColumns({ columns: [[cancelled], [keeps]], pinned: [{ cells: [11, 999] }, { cells: [11] }, { cells: [null, null] }, { cells: [11, 21] }, { cells: [11, null] }] });
    expect(alignment.ignoredPins.map((ignored) => ignored.why)).toEqual(['not-in-column', 'wrong-number-of-cells', 'empty', 'already-used']);
    expect(alignment.rows.map((row) => row.cells)).toEqual([[11, 21]]);
  });

  it('grows a row across columns with one statement per column, and says how each joined', () => {
    const third = say('The border drones finally work, so the contract stays.', '2026-07-01', []);
    const fourth = say('Another border drones contract was signed.', '2026-08-01', ['tag:labour']);
    const alignment = alignColumns({ columns: [[cancelled], [keeps], [third], [fourth, wages]] });
    const row = alignment.rows.find((candidate) => candidate.cells[0] === 11)!;
    expect(row.cells).toEqual([11, 21, third.id, fourth.id]);
    expect(row.links).toHaveLength(2);
    expect(row.links.every((link) => link.reason.kind === 'similarity')).toBe(true);
    expect(alignment.unmatched[3]).toEqual([22]);
  });

  it('never pairs a statement with itself when two columns list it', () => {
    const alignment = alignColumns({ columns: [[cancelled], [cancelled, keeps]] });
    expect(alignment.rows.map((row) => row.cells)).toEqual([[11, 21]]);
    expect(alignment.unmatched).toEqual([[], []]);
  });

  it('takes 2 to 4 columns', () => {
    expect(() => alignColumns({ columns: [[cancelled]] })).toThrow(RangeError);
    expect(() => alignColumns({ columns: [[], [], [], [], []] })).toThrow(RangeError);
  });
});

describe('describePairing', () => {
  it('says why a row was paired', () => {
    expect(describePairing({ kind: 'pinned' })).toBe('pinned by hand');
    expect(describePairing({ kind: 'similarity', similarity: 0.4213 })).toBe('similar wording (0.42)');
    const names: Record<string, string> = { 'entity:4': 'Halden Systems', 'tag:labour': 'Labour' };
    expect(describePairing({ kind: 'tags', tags: ['entity:4', 'tag:labour'], similarity: 0 }, (key) => names[key]!)).toBe('tags “Halden Systems” and “Labour” shared');
  });
});
