import { describe, expect, it } from 'vitest';
import type { TimelineItem } from '../../../shared/domain/timeline';
import { packItems, timelineColumnsSchema, unpackItems } from '../../../shared/domain/timeline-columns';

const date = (start: string, end: string, precision: TimelineItem['date']['precision'], label: string, startsOn: string, endsOn: string | null = null) => ({
  start, end, precision, approximate: precision === 'year', label, startsOn, endsOn,
});

const ITEMS: TimelineItem[] = [
  { id: 'annotation:12', kind: 'event', headline: 'Contract cancelled', text: '“lost its contract”', date: date('2026-03-11', '2026-03-11', 'day', '11 March 2026', '2026-03-11'), entityIds: [1, 2], sourceId: 3, sourceTitle: 'Contract cancelled — Zürich 🚀', annotationId: 12, entryId: null },
  { id: 'source:3', kind: 'publication', headline: 'Contract cancelled — Zürich 🚀', text: 'Published in The Ledger.', date: date('2026-03-12', '2026-03-12', 'day', '12 March 2026', '2026-03-12'), entityIds: [], sourceId: 3, sourceTitle: 'Contract cancelled — Zürich 🚀', annotationId: null, entryId: null },
  { id: 'entry:5', kind: 'entry', headline: 'Deal signed', text: '', date: date('2018-01-01', '2021-12-31', 'range', '2018–2021', '2018', '2021'), entityIds: [2], sourceId: null, sourceTitle: null, annotationId: null, entryId: 5 },
  { id: 'annotation:40', kind: 'quote', headline: '北京 will appeal', text: 'Dana Okafor, radio', date: date('2019-01-01', '2019-12-31', 'year', 'c. 2019', '2019'), entityIds: [7], sourceId: 9, sourceTitle: 'Wire', annotationId: 40, entryId: null },
];

describe('timeline columns', () => {
  it('gives back the very items it was packed from, through JSON and the schema', () => {
    const wire = JSON.parse(JSON.stringify(packItems(ITEMS))) as unknown;
    expect(unpackItems(timelineColumnsSchema.parse(wire))).toEqual(ITEMS);
  });

  it('sends each source title once', () => {
    const columns = packItems(ITEMS);
    expect(columns.sourceTitles).toEqual({ 3: 'Contract cancelled — Zürich 🚀', 9: 'Wire' });
    expect(JSON.stringify(columns).split('Zürich').length - 1).toBe(2);
  });

  it('refuses columns of different lengths, naming the short one', () => {
    const columns = packItems(ITEMS);
    const broken = { ...columns, label: columns.label.slice(1) };
    const result = timelineColumnsSchema.safeParse(broken);
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe('The timeline\'s "label" column has 3 values for 4 items.');
  });

  it('packs nothing into empty columns', () => {
    expect(unpackItems(timelineColumnsSchema.parse(packItems([])))).toEqual([]);
  });
});

describe('checking timeline columns', () => {
  it('refuses a value of the wrong kind anywhere in a column, naming the column', () => {
    const columns = packItems(ITEMS);
    const cases: Array<[keyof typeof columns, unknown]> = [
      ['kind', 'meeting'],
      ['start', '2026-3-11'],
      ['startsOn', '2026-13'],
      ['endsOn', 'soon'],
      ['entityIds', [1, 0]],
      ['sourceId', 1.5],
      ['approximate', 'yes'],
      ['headline', 7],
    ];
    for (const [name, bad] of cases) {
      const values = [...(columns[name] as unknown[])];
      values[values.length - 1] = bad;
      const result = timelineColumnsSchema.safeParse({ ...columns, [name]: values });
      expect(result.success, name).toBe(false);
      expect(result.error?.issues[0]?.path, name).toEqual([name]);
    }
    expect(timelineColumnsSchema.safeParse({ ...columns, label: 'x' }).success).toBe(false);
  });
});
