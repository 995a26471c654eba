import { describe, expect, it } from 'vitest';
import { mergeEntities } from '../entities/entity-merge';
import { updateAnnotation } from '../annotations/annotation-repository';
import { buildComparison, inCodePoints } from './build-comparison';
import { highlightRow } from './highlight';
import { twoSpeakers } from './story.test-support';
import { entity, tag } from './test-support';

const speaker = (speakerId: number) => ({ kind: 'speaker' as const, speakerId });

describe('buildComparison', () => {
  it('pairs by the reporter’s tags first, then by wording, saying why, with each statement’s date, channel and source', async () => {
    const { db, lindqvist, okafor, quotes } = await twoSpeakers();
    const built = buildComparison(db, { columns: [speaker(lindqvist), speaker(okafor)] });

    expect(built.columns).toEqual([
      { label: 'Per Lindqvist', statementIds: [quotes.budget2020, quotes.engineers2020], problem: null },
      { label: 'Dana Okafor', statementIds: [quotes.budget2026, quotes.engineers2026], problem: null },
    ]);
    expect(built.rows.map((row) => [row.cells, row.reason.kind, row.reasonText])).toEqual([
      [[quotes.budget2020, quotes.budget2026], 'tags', 'tag “Fenwick contract” shared'],
      [[quotes.engineers2020, quotes.engineers2026], 'similarity', expect.stringMatching(/^similar wording \(0\.\d\d\)$/)],
    ]);
    expect(built.unmatched).toEqual([[], []]);

    const byId = new Map(built.statements.map((statement) => [statement.id, statement]));
    expect(byId.get(quotes.budget2020)).toMatchObject({
      kind: 'quote', date: '2020-09-17', dateFromSource: true, channel: '', speaker: { id: lindqvist, name: 'Per Lindqvist' },
      source: { title: 'Halden ends Fenwick pilot', outlet: 'The Ledger', publishedDate: '2020-09-17', url: 'https://ledger.example/fenwick' },
      tags: [{ key: expect.stringMatching(/^entity:/), name: 'Fenwick contract' }],
    });
    expect(byId.get(quotes.budget2026)).toMatchObject({ date: '2026-03-10', dateFromSource: false, channel: 'press conference' });
  });

  it('highlights the words a row shares and the figures in which it differs', async () => {
    const { db, lindqvist, okafor } = await twoSpeakers();
    const [row] = buildComparison(db, { columns: [speaker(lindqvist), speaker(okafor)] }).rows;
    const [left, right] = row!.highlights;
    const words = (text: string, ranges: Array<{ start: number; end: number }>) => ranges.map(({ start, end }) => [...text].slice(start, end).join(''));
    const text = 'We ended the Fenwick pilot because the ministry’s budget for it was only $500,000';
    expect(words(text, left!.sharedWords)).toEqual(expect.arrayContaining(['Fenwick', 'ministry', 'budget']));
    expect(words(text, left!.sharedWords)).not.toContain('ended');
    expect(left!.figures).toEqual([expect.objectContaining({ text: '$500,000', kind: 'money', status: 'differs', normalized: 'USD 500,000' })]);
    expect(right!.figures).toEqual([expect.objectContaining({ text: '$1.5 million', status: 'differs', normalized: 'USD 1,500,000' })]);
  });

  it('gives highlights in code points, as stored spans count', () => {
    const text = '🚆 The budget was $5 and the budget is $7';
    const [highlights] = highlightRow([{ text, date: null }, { text: 'The budget was $9', date: null }]).map((h, i) => inCodePoints(i === 0 ? text : 'The budget was $9', h));
    const budget = highlights!.sharedWords[0]!;
    expect([...text].slice(budget.start, budget.end).join('')).toBe('budget');
    expect(budget.start).toBe(6);
    expect(highlights!.figures.map((figure) => [...text].slice(figure.start, figure.end).join(''))).toEqual(['$5', '$7']);
  });

  it('keeps the hand-pinned rows as pinned, and says why a pin that no longer fits was set aside', async () => {
    const { db, lindqvist, okafor, quotes } = await twoSpeakers();
    const built = buildComparison(db, {
      columns: [speaker(lindqvist), speaker(okafor)],
      pins: [{ cells: [quotes.budget2020, quotes.engineers2026] }, { cells: [quotes.budget2026, null] }, { cells: [quotes.engineers2020, null] }],
    });
    expect(built.rows.map((row) => [row.cells, row.pinned, row.reasonText])).toEqual([
      [[quotes.budget2020, quotes.engineers2026], true, 'pinned by hand'],
      [[quotes.engineers2020, null], true, 'pinned by hand'],
    ]);
    expect(built.ignoredPins).toEqual([{ cells: [quotes.budget2026, null], why: 'not-in-column', explanation: expect.stringContaining('no longer in its column') }]);
    expect(built.unmatched).toEqual([[], [quotes.budget2026]]);
  });

  it('leaves out of the pairing a link nearly every statement has, and says so', async () => {
    const { db, lindqvist, okafor, quotes } = await twoSpeakers();
    const halden = entity(db, 'Halden Systems', 'organisation');
    for (const id of Object.values(quotes)) updateAnnotation(db, id, { entityId: halden });
    const built = buildComparison(db, { columns: [speaker(lindqvist), speaker(okafor)] });
    expect(built.commonTags).toEqual([{ key: `entity:${halden}`, name: 'Halden Systems', statements: 4, of: 4 }]);
    // Were it a tag, every quote would tie with every other; the engineers would pair by it.
    expect(built.rows.map((row) => row.reasonText)).toEqual(['tag “Fenwick contract” shared', expect.stringMatching(/^similar wording/)]);
    expect(built.statements.every((statement) => statement.tags.every((tag) => tag.key !== `entity:${halden}`))).toBe(true);
  });

  it('follows merges, groups, sources and date ranges, and says when a column’s subject was removed', async () => {
    const { db, ledger, lindqvist, okafor, quotes } = await twoSpeakers();
    const ceo = entity(db, 'P. Lindqvist');
    mergeEntities(db, lindqvist, ceo);
    const columns = (built: ReturnType<typeof buildComparison>) => built.columns.map((column) => [column.label, column.statementIds]);
    expect(columns(buildComparison(db, { columns: [speaker(lindqvist), { kind: 'source', sourceId: ledger }] }))).toEqual([
      ['P. Lindqvist', [quotes.budget2020, quotes.engineers2020]],
      ['Halden ends Fenwick pilot', [quotes.budget2020, quotes.engineers2020]],
    ]);
    expect(columns(buildComparison(db, { columns: [{ kind: 'speakers', speakerIds: [okafor, lindqvist], label: 'The CEOs' }, { kind: 'speaker-in-dates', speakerId: okafor, from: '2026-03', to: null }] }))).toEqual([
      ['The CEOs', [quotes.budget2020, quotes.engineers2020, quotes.budget2026, quotes.engineers2026]],
      ['Dana Okafor, from 2026-03', [quotes.budget2026, quotes.engineers2026]],
    ]);
    expect(columns(buildComparison(db, { columns: [speaker(okafor), { kind: 'speaker-in-dates', speakerId: okafor, from: '2020', to: '2025' }] }))[1]).toEqual(['Dana Okafor, 2020 to 2025', []]);
    const gone = buildComparison(db, { columns: [speaker(okafor), { kind: 'source', sourceId: 99 }] });
    expect(gone.columns[1]).toEqual({ label: 'Removed source', statementIds: [], problem: 'The source of this column was removed from the investigation.' });
  });

  it('lists claims beside quotes only when asked', async () => {
    const { db, wire, lindqvist, okafor } = await twoSpeakers();
    const claim = tag(db, wire, 'who now leads Halden Systems', { kind: 'claim', claim: { speakerId: okafor } });
    expect(buildComparison(db, { columns: [speaker(lindqvist), speaker(okafor)] }).columns[1]!.statementIds).not.toContain(claim);
    const built = buildComparison(db, { columns: [speaker(lindqvist), speaker(okafor)], includeClaims: true });
    expect(built.columns[1]!.statementIds).toContain(claim);
    expect(built.statements.find((statement) => statement.id === claim)).toMatchObject({ kind: 'claim', date: '2026-03-12', dateFromSource: true });
  });
});
