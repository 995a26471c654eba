import { describe, expect, it } from 'vitest';
import type { Annotation } from '../../../../shared/domain/annotation';
import type { AuditRecord } from '../entities/audit-diff';
import { describeAnnotationRecord, entityIdsIn } from './annotation-history-lines';

const record = (action: string, before: unknown, after: unknown): AuditRecord => ({ at: '2026-03-12T10:00:00.000Z', actor: 'dana', action, before, after });
const names = new Map([
  [3, 'Adaeze Okafor'],
  [4, 'Halden Systems'],
]);
const nameOf = (id: number) => names.get(id) ?? null;

function annotation(fields: Partial<Annotation>): Annotation {
  return {
    id: 12,
    sourceId: 1,
    kind: 'claim',
    span: { start: 0, end: 4, exact: 'text', prefix: '', suffix: '' },
    anchor: { state: 'exact', start: 0, end: 4 },
    entityId: null,
    note: '',
    quote: null,
    claim: { speakerId: null, status: 'unchecked', claimedOn: null },
    event: null,
    createdAt: '2026-03-12T10:00:00.000Z',
    updatedAt: '2026-03-12T10:00:00.000Z',
    ...fields,
  };
}

describe('describeAnnotationRecord', () => {
  it('says a claim’s status and speaker changed, as labels and names, not values and ids', () => {
    const before = annotation({});
    const after = annotation({ claim: { speakerId: 3, status: 'in-progress', claimedOn: '2026-03' }, note: 'Asked the agency.' });
    const line = describeAnnotationRecord(record('update', before, after), nameOf);
    expect(line.summary).toBe('Edited');
    expect(line.changes).toEqual([
      { field: 'Speaker', before: '', after: 'Adaeze Okafor' },
      { field: 'Status', before: 'Unchecked', after: 'In progress' },
      { field: 'Claimed on', before: '', after: 'March 2026' },
      { field: 'Notes', before: '', after: 'Asked the agency.' },
    ]);
  });

  it('lists a new quote’s first values, leaving out what every quote starts as', () => {
    const quote = annotation({ kind: 'quote', claim: null, quote: { speakerId: 9, saidOn: null, channel: 'letter to employees', addressedTo: '', direct: true } });
    const line = describeAnnotationRecord(record('create', null, quote), nameOf);
    expect(line).toEqual({
      summary: 'Tagged as a quote',
      changes: [
        { field: 'Speaker', before: '', after: 'entity #9' },
        { field: 'Channel', before: '', after: 'letter to employees' },
      ],
      showsBefore: false,
    });
    const paraphrase = describeAnnotationRecord(record('update', quote, { ...quote, quote: { ...quote.quote, direct: false } }), nameOf);
    expect(paraphrase.changes).toEqual([{ field: 'Quoted', before: 'Directly', after: 'Paraphrased' }]);
  });

  it('names the people of an event and the entity of a mention', () => {
    const event = annotation({ kind: 'event', claim: null, event: { what: 'Layoffs', startsOn: null, endsOn: null, approximate: false, entityIds: [3] } });
    const moved = describeAnnotationRecord(record('update', event, { ...event, event: { ...event.event, entityIds: [3, 4], approximate: true } }), nameOf);
    expect(moved.changes).toEqual([
      { field: 'Date', before: 'Exact', after: 'Approximate' },
      { field: 'Involved', before: 'Adaeze Okafor', after: 'Adaeze Okafor, Halden Systems' },
    ]);
    expect(describeAnnotationRecord(record('create', null, annotation({ kind: 'mention', claim: null, entityId: 4 })), nameOf)).toMatchObject({
      summary: 'Tagged as an entity',
      changes: [{ field: 'Entity', after: 'Halden Systems' }],
    });
  });

  it('says when an annotation was removed and put back, and keeps an unknown action readable', () => {
    const claim = annotation({});
    expect(describeAnnotationRecord(record('delete', claim, null), nameOf).summary).toBe('Removed the claim');
    expect(describeAnnotationRecord(record('restore', null, claim), nameOf).summary).toBe('Put back (the removal was undone)');
    expect(describeAnnotationRecord(record('update', claim, claim), nameOf)).toMatchObject({ summary: 'Saved without changes', changes: [] });
    expect(describeAnnotationRecord(record('archive', null, null), nameOf)).toEqual({ summary: 'archive', changes: [], showsBefore: true });
  });

  it('says a merge of entities changed who made a claim, and that its undo changed it back', () => {
    const byAdaeze = annotation({ claim: { speakerId: 3, status: 'unchecked', claimedOn: null } });
    const byHalden = annotation({ claim: { speakerId: 4, status: 'unchecked', claimedOn: null } });
    expect(describeAnnotationRecord(record('speaker-merged', byAdaeze, byHalden), nameOf)).toEqual({
      summary: 'Speaker merged into another entity',
      changes: [{ field: 'Speaker', before: 'Adaeze Okafor', after: 'Halden Systems' }],
      showsBefore: true,
    });
    expect(describeAnnotationRecord(record('speaker-unmerged', byHalden, byAdaeze), nameOf).summary).toBe('Speaker’s merge undone');
  });
});

describe('entityIdsIn', () => {
  it('collects every entity a history names, once', () => {
    const quote = annotation({ kind: 'quote', claim: null, quote: { speakerId: 9, saidOn: null, channel: '', addressedTo: '', direct: true } });
    const event = annotation({ kind: 'event', claim: null, entityId: 4, event: { what: '', startsOn: null, endsOn: null, approximate: false, entityIds: [3, 9] } });
    expect(entityIdsIn([record('create', null, quote), record('update', quote, event)]).sort()).toEqual([3, 4, 9]);
  });
});
