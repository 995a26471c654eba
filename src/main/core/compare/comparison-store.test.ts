import { describe, expect, it } from 'vitest';
import { deleteAnnotation } from '../annotations/annotation-repository';
import { deleteComparison, getComparison, listComparisons, saveComparison } from './comparison-store';
import { twoSpeakers } from './story.test-support';

describe('comparison store', () => {
  it('keeps a column whose source was removed, and drops a pin whose statement was', async () => {
    const { db, ledger, okafor, quotes } = await twoSpeakers();
    const saved = saveComparison(db, {
      name: 'Ledger against Okafor',
      columns: [{ kind: 'source', sourceId: ledger }, { kind: 'speaker', speakerId: okafor }],
      pins: [{ cells: [quotes.budget2020, quotes.budget2026] }, { cells: [null, quotes.engineers2026] }],
    }, '2026-03-12T10:00:00.000Z');
    expect(saved.pins).toEqual([{ cells: [quotes.budget2020, quotes.budget2026] }, { cells: [null, quotes.engineers2026] }]);

    deleteAnnotation(db, quotes.budget2026);
    expect(getComparison(db, saved.id).pins).toEqual([{ cells: [null, quotes.engineers2026] }]);
    db.prepare('DELETE FROM source WHERE id = ?').run(ledger);
    expect(getComparison(db, saved.id).columns[0]).toEqual({ kind: 'source', label: '', sourceId: null });
    expect(listComparisons(db)[0]!.columnLabels).toEqual(['Removed source', 'Dana Okafor']);
  });

  it('lists the most recently saved first, and deletes with columns and pins', async () => {
    const { db, lindqvist, okafor, quotes } = await twoSpeakers();
    const columns = [{ kind: 'speaker' as const, speakerId: lindqvist, label: '2020' }, { kind: 'speaker' as const, speakerId: okafor, label: '2026' }];
    const first = saveComparison(db, { name: 'First', columns, pins: [{ cells: [quotes.budget2020, null] }] }, '2026-03-12T10:00:00.000Z');
    saveComparison(db, { name: 'Second', columns }, '2026-03-12T11:00:00.000Z');
    saveComparison(db, { id: first.id, name: 'First', columns, pins: [] }, '2026-03-12T12:00:00.000Z');
    expect(listComparisons(db).map((summary) => [summary.name, summary.columnLabels, summary.updatedAt])).toEqual([
      ['First', ['2020', '2026'], '2026-03-12T12:00:00.000Z'],
      ['Second', ['2020', '2026'], '2026-03-12T11:00:00.000Z'],
    ]);
    deleteComparison(db, first.id);
    expect(db.prepare('SELECT count(*) FROM comparison_column WHERE comparison_id = ?').pluck().get(first.id)).toBe(0);
    expect(listComparisons(db).map((summary) => summary.name)).toEqual(['Second']);
  });
});
