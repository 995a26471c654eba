import { describe, expect, it } from 'vitest';
import type { TimelineItem, TimelineKind } from '../../../shared/domain/timeline';
import { datesDisagree, findConflicts } from './timeline-conflicts';
import { pairKey } from './timeline-links';
import { timelineDate } from './timeline-dates';
import type { SourceInfo } from './timeline-items';

const HALDEN = 1;
const FBIA = 2;
const OKAFOR = 3;
const context = {
  entityNames: new Map([
    [HALDEN, 'Halden Systems'],
    [FBIA, 'FBIA'],
    [OKAFOR, 'Dana Okafor'],
  ]),
  sources: new Map<number, SourceInfo>([
    [1, { id: 1, title: 'Contract cancelled', outlet: 'The Ledger', authors: [], publishedDate: null }],
    [2, { id: 2, title: 'FBIA drops Halden', outlet: 'Wire', authors: [], publishedDate: null }],
    [3, { id: 3, title: 'Memo', outlet: null, authors: [], publishedDate: null }],
  ]),
};

let nextId = 1;
function item(kind: TimelineKind, startsOn: string, entityIds: number[], sourceId: number | null, extra: { endsOn?: string; headline?: string } = {}): TimelineItem {
  const id = nextId++;
  return {
    id: sourceId === null ? `entry:${id}` : `annotation:${id}`,
    kind,
    headline: extra.headline ?? 'The contract was cancelled',
    text: '',
    date: timelineDate(startsOn, extra.endsOn ?? null, false),
    entityIds,
    sourceId,
    sourceTitle: sourceId === null ? null : context.sources.get(sourceId)!.title,
    annotationId: sourceId === null ? null : id,
    entryId: sourceId === null ? id : null,
  };
}

describe('timeline conflicts', () => {
  it('groups two sources dating the same event a day apart, and says so', () => {
    const ledger = item('event', '2026-03-11', [HALDEN, FBIA], 1);
    const wire = item('event', '2026-03-12', [FBIA, HALDEN], 2);
    expect(findConflicts([ledger, wire], context)).toEqual([
      {
        itemIds: [ledger.id, wire.id],
        reason: 'Two events about Halden Systems and FBIA, dated a day apart: 11 March 2026 (The Ledger) and 12 March 2026 (Wire).',
        linked: false,
      },
    ]);
  });

  it('finds no conflict in identical dates, in one date within another, or in unrelated entities', () => {
    expect(findConflicts([item('event', '2026-03-12', [HALDEN, FBIA], 1), item('event', '2026-03-12', [HALDEN, FBIA], 2)], context)).toEqual([]);
    expect(findConflicts([item('event', '2026-03', [HALDEN, FBIA], 1), item('event', '2026-03-12', [HALDEN, FBIA], 2)], context)).toEqual([]);
    expect(findConflicts([item('event', '2026-03-11', [HALDEN, FBIA], 1), item('event', '2026-03-12', [HALDEN], 2)], context)).toEqual([]);
    expect(findConflicts([item('event', '2026-03-11', [HALDEN], 1), item('event', '2026-03-12', [OKAFOR], 2)], context)).toEqual([]);
    expect(findConflicts([item('event', '2026-03-11', [], 1), item('event', '2026-03-12', [], 2)], context)).toEqual([]);
  });

  it('finds no conflict in dates far apart', () => {
    expect(findConflicts([item('event', '2026-03-01', [HALDEN], 1), item('event', '2026-03-09', [HALDEN], 2)], context)).toEqual([]);
    expect(findConflicts([item('event', '2026-01', [HALDEN], 1), item('event', '2026-03', [HALDEN], 2)], context)).toEqual([]);
    expect(findConflicts([item('event', '2019', [HALDEN], 1), item('event', '2020', [HALDEN], 2)], context)).toEqual([]);
  });

  it('leaves items of one source alone: a source telling a sequence is no disagreement', () => {
    expect(findConflicts([item('event', '2026-03-11', [HALDEN, FBIA], 1), item('event', '2026-03-12', [HALDEN, FBIA], 1)], context)).toEqual([]);
  });

  it('counts an event typed on the timeline in the family of tagged events', () => {
    const tagged = item('event', '2026-03-11', [HALDEN], 1);
    const typed = item('entry', '2026-03-14', [HALDEN], null);
    expect(findConflicts([tagged, typed], context)).toEqual([
      { itemIds: [tagged.id, typed.id], reason: 'Two events about Halden Systems, dated 3 days apart: 11 March 2026 (The Ledger) and 14 March 2026 (timeline entry).', linked: false },
    ]);
    // The reporter's own entries are one origin, like one source.
    expect(findConflicts([item('entry', '2026-03-11', [HALDEN], null), item('entry', '2026-03-12', [HALDEN], null)], context)).toEqual([]);
  });

  it('never mixes families, and takes quotes for one only when their words are the same', () => {
    expect(findConflicts([item('event', '2026-03-11', [OKAFOR], 1), item('quote', '2026-03-12', [OKAFOR], 2)], context)).toEqual([]);
    expect(
      findConflicts([item('quote', '2026-03-11', [OKAFOR], 1, { headline: '“We agree.”' }), item('quote', '2026-03-12', [OKAFOR], 2, { headline: 'We have heard you' })], context),
    ).toEqual([]);
    const said = item('quote', '2026-03-11', [OKAFOR], 1, { headline: '“We agree,”' });
    const reported = item('quote', '2026-03-12', [OKAFOR], 2, { headline: 'we agree' });
    expect(findConflicts([said, reported], context)).toEqual([
      { itemIds: [said.id, reported.id], reason: 'Two quotes by Dana Okafor, dated a day apart: 11 March 2026 (The Ledger) and 12 March 2026 (Wire).', linked: false },
    ]);
    expect(findConflicts([item('publication', '2026-03-11', [HALDEN], 1), item('publication', '2026-03-12', [HALDEN], 2)], context)).toEqual([]);
  });

  it('joins chains into one group, keeps timeline order, and names each date once per source', () => {
    const a = item('event', '2026-03-05', [HALDEN], 1);
    const b = item('event', '2026-03-10', [HALDEN], 2);
    const c = item('event', '2026-03-10', [HALDEN], 3);
    const d = item('event', '2026-03-15', [HALDEN], 1);
    const far = item('event', '2026-06-01', [HALDEN], 2);
    const conflicts = findConflicts([a, b, c, d, far], context);
    expect(conflicts).toHaveLength(1);
    expect(conflicts[0]!.itemIds).toEqual([a.id, b.id, c.id, d.id]);
    expect(conflicts[0]!.reason).toBe(
      'Four events about Halden Systems, dated 10 days apart: 5 March 2026 (The Ledger), 10 March 2026 (Wire), 10 March 2026 (Memo) and 15 March 2026 (The Ledger).',
    );
  });

  it('says "differently" where the dates are not days, as with a month and the next', () => {
    const [conflict] = findConflicts([item('event', '2026-02', [HALDEN], 1), item('event', '2026-03', [HALDEN], 2)], context);
    expect(conflict?.reason).toBe('Two events about Halden Systems, dated differently: February 2026 (The Ledger) and March 2026 (Wire).');
  });

  it('decides closeness by the wider of two dates', () => {
    const day = (d: string) => timelineDate(d, null, false);
    expect(datesDisagree(day('2026-03-01'), day('2026-03-08'))).toBe(true);
    expect(datesDisagree(day('2026-03-01'), day('2026-03-09'))).toBe(false);
    expect(datesDisagree(day('2026-02-28'), day('2026-03'))).toBe(true);
    expect(datesDisagree(day('2026-02-20'), day('2026-03'))).toBe(false);
    expect(datesDisagree(timelineDate('2018', '2021', false), timelineDate('2019', '2022', false))).toBe(true);
    expect(datesDisagree(timelineDate('2018', '2021', false), day('2019'))).toBe(false);
  });

  it('stays quick with thousands of items about the same parties', () => {
    const many = Array.from({ length: 5000 }, (_, n) => {
      const day = new Date(Date.UTC(2000, 0, 1 + n * 10)).toISOString().slice(0, 10);
      return item('event', day, [HALDEN], (n % 2) + 1);
    });
    const started = performance.now();
    expect(findConflicts(many, context)).toEqual([]);
    expect(performance.now() - started).toBeLessThan(1000);
  });
});

describe('the reporter’s links', () => {
  it('make two items one event however far apart they are dated, and say who linked them', () => {
    const signed = item('event', '2018-05', [HALDEN], 1);
    const typed = item('entry', '2019', [FBIA], null);
    const links = new Map([[pairKey(typed.id, signed.id), 'same' as const]]);
    expect(findConflicts([signed, typed], context)).toEqual([]);
    expect(findConflicts([signed, typed], context, links)).toEqual([
      { itemIds: [signed.id, typed.id], reason: 'You linked these as one event, but they are dated differently: May 2018 (The Ledger) and 2019 (timeline entry).', linked: true },
    ]);
  });

  it('find no conflict between items linked as one event and dated alike', () => {
    const a = item('event', '2026-03-11', [HALDEN], 1);
    const b = item('event', '2026-03-11', [FBIA], 2);
    expect(findConflicts([a, b], context, new Map([[pairKey(a.id, b.id), 'same' as const]]))).toEqual([]);
  });

  it('keep apart two items marked as different events, however alike', () => {
    const ledger = item('event', '2026-03-11', [HALDEN, FBIA], 1);
    const wire = item('event', '2026-03-12', [FBIA, HALDEN], 2);
    expect(findConflicts([ledger, wire], context)).toHaveLength(1);
    expect(findConflicts([ledger, wire], context, new Map([[pairKey(wire.id, ledger.id), 'different' as const]]))).toEqual([]);
  });
});
