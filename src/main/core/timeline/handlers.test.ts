import type Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { unpackItems } from '../../../shared/domain/timeline-columns';
import type { AppEvent, MethodName, ParamsOf, ResultOf } from '../../../shared/contract';
import { dispatch } from '../../rpc/dispatch';
import { fakeHandlers } from '../../rpc/fake-handlers';
import type { Handlers } from '../../rpc/handlers';
import { createEntity } from '../entities/entity-repository';
import { mergeEntities } from '../entities/entity-merge';
import { investigationWith } from '../entities/test-support';
import { createTimelineHandlers } from './handlers';

async function timeline() {
  const { db } = await investigationWith('A memo.');
  const events: AppEvent[] = [];
  const handlers: Handlers = { ...fakeHandlers({}).handlers, ...createTimelineHandlers({ session: { requireDb: () => db }, emit: (event) => events.push(event) }) };
  /** Through the path every transport takes: params checked, handler run, result checked. */
  const call = async <K extends MethodName>(name: K, params: ParamsOf<K>) => {
    const outcome = await dispatch(handlers, name, params, { emit: () => undefined });
    return outcome.ok ? { ok: true as const, value: outcome.value as ResultOf<K> } : { ok: false as const, error: outcome.error };
  };
  const value = async <K extends MethodName>(name: K, params: ParamsOf<K>) => {
    const outcome = await call(name, params);
    if (!outcome.ok) throw new Error(`${name} failed: ${outcome.error.code} ${outcome.error.message}`);
    return outcome.value;
  };
  return { db, events, call, value };
}

const entity = (db: Database.Database, name: string) => createEntity(db, { name, type: 'organisation' }).id;

describe('timeline entries', () => {
  it('are added, changed, deleted and put back with their id, each change told to every window', async () => {
    const { db, events, value } = await timeline();
    const halden = entity(db, 'Halden Systems');
    const fbia = entity(db, 'FBIA');
    const added = await value('timeline.addEntry', { what: '  Contract signed ', startsOn: '2018-05', endsOn: null, approximate: true, entityIds: [fbia, halden, fbia] });
    expect(added).toMatchObject({
      id: 'entry:1', kind: 'entry', headline: 'Contract signed', text: '', entityIds: [halden, fbia], entryId: 1, sourceId: null,
      date: { start: '2018-05-01', end: '2018-05-31', precision: 'month', approximate: true, label: 'c. May 2018', startsOn: '2018-05', endsOn: null },
    });

    const updated = await value('timeline.updateEntry', { id: 1, entry: { what: 'Contract term', startsOn: '2018', endsOn: '2021', approximate: false, entityIds: [halden], note: 'Per the annual report.' } });
    expect(updated).toMatchObject({ headline: 'Contract term', text: 'Per the annual report.', entityIds: [halden], date: { label: '2018–2021', precision: 'range' } });

    const deleted = await value('timeline.deleteEntry', { id: 1 });
    expect(deleted).toEqual({ id: 1, what: 'Contract term', startsOn: '2018', endsOn: '2021', approximate: false, entityIds: [halden], note: 'Per the annual report.' });
    expect(unpackItems((await value('timeline.list', { filters: {} })).items)).toEqual([]);

    const restored = await value('timeline.restoreEntry', { entry: deleted });
    expect(restored).toEqual(updated);
    expect(unpackItems((await value('timeline.list', { filters: {} })).items)).toEqual([updated]);
    expect(events).toEqual(Array(4).fill({ type: 'timeline.changed' }));
  });

  it('never reuses the id of a deleted entry, and refuses to put back one already there', async () => {
    const { value, call } = await timeline();
    const entry = { what: 'Board meets', startsOn: '2026-01-05', endsOn: null, approximate: false, entityIds: [] };
    await value('timeline.addEntry', entry);
    const second = await value('timeline.addEntry', entry);
    const deleted = await value('timeline.deleteEntry', { id: second.entryId! });
    expect((await value('timeline.addEntry', entry)).entryId).toBe(3);
    expect((await value('timeline.restoreEntry', { entry: deleted })).entryId).toBe(2);
    expect(await call('timeline.restoreEntry', { entry: deleted })).toMatchObject({ ok: false, error: { message: 'Timeline entry #2 already exists.' } });
  });

  it('says clearly what is wrong with an entry', async () => {
    const { db, call } = await timeline();
    const halden = entity(db, 'Halden Systems');
    const dana = entity(db, 'D. Okafor');
    const okafor = entity(db, 'Dana Okafor');
    mergeEntities(db, dana, okafor);
    const add = (changes: object) => call('timeline.addEntry', { what: 'Contract signed', startsOn: '2018-05-02', endsOn: null, approximate: false, entityIds: [halden], ...changes });
    expect(await add({ entityIds: [halden, 99] })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', message: 'Entity #99 is not in this investigation; it may have been removed.' } });
    expect(await add({ entityIds: [dana] })).toMatchObject({ ok: false, error: { code: 'INVALID_PARAMS', message: `Entity #${dana} was merged into Dana Okafor; link that one instead.` } });
    expect(await add({ endsOn: '2018-04' })).toMatchObject({ ok: false, error: { message: 'The end (April 2018) begins before the start (2 May 2018).' } });
    expect(await add({ startsOn: '2018-05', endsOn: '2018' })).toMatchObject({ ok: false, error: { message: 'The end (2018) begins before the start (May 2018).' } });
    expect(await add({ startsOn: '2018-02-30' })).toMatchObject({ ok: false, error: { message: '2018-02-30 is not a day of the calendar.' } });
    expect(await add({ what: '   ' })).toMatchObject({ ok: false, error: { code: 'INVALID_PARAMS' } });
    expect(await add({ startsOn: 'May 2018' })).toMatchObject({ ok: false, error: { code: 'INVALID_PARAMS' } });
    expect(await call('timeline.updateEntry', { id: 7, entry: { what: 'x', startsOn: '2018', endsOn: null, approximate: false, entityIds: [] } })).toMatchObject({
      ok: false, error: { code: 'NOT_FOUND', message: 'Timeline entry #7 is no longer in this investigation.' },
    });
    expect(await call('timeline.deleteEntry', { id: 7 })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    // An end equal to the start is no range; ends of another precision are said as given.
    expect(await add({ endsOn: '2018-05-02' })).toMatchObject({ ok: true, value: { date: { precision: 'day', endsOn: null } } });
    expect(await add({ startsOn: '2018-05', endsOn: '2019' })).toMatchObject({ ok: true, value: { date: { precision: 'range', label: 'May 2018 – 2019', end: '2019-12-31' } } });
  });

  it('puts back an entry linked to an entity merged since as linked to the one it was merged into', async () => {
    const { db, value } = await timeline();
    const dana = entity(db, 'D. Okafor');
    const okafor = entity(db, 'Dana Okafor');
    const added = await value('timeline.addEntry', { what: 'Okafor resigns', startsOn: '2026-04-01', endsOn: null, approximate: false, entityIds: [dana] });
    const deleted = await value('timeline.deleteEntry', { id: added.entryId! });
    mergeEntities(db, dana, okafor);
    expect(await value('timeline.restoreEntry', { entry: deleted })).toMatchObject({ entityIds: [okafor] });
  });
});

describe('timeline links and history', () => {
  const entry = (what: string, startsOn: string) => ({ what, startsOn, endsOn: null, approximate: false, entityIds: [] });

  it('link two items as one event, show the conflict as the reporter’s, and forget it on unlink', async () => {
    const { value, events } = await timeline();
    const a = await value('timeline.addEntry', entry('Pilot cancelled', '2020-09-16'));
    const b = await value('timeline.addEntry', entry('Pilot ends', '2020-10'));
    expect((await value('timeline.list', { filters: {} })).conflicts).toEqual([]);

    await value('timeline.link', { itemIds: [b.id, a.id], relation: 'same' });
    const linked = await value('timeline.list', { filters: {} });
    expect(linked.links).toEqual([{ itemIds: [a.id, b.id], relation: 'same' }]);
    expect(linked.conflicts).toEqual([{ itemIds: [a.id, b.id], linked: true, reason: 'You linked these as one event, but they are dated differently: 16 September 2020 (timeline entry) and October 2020 (timeline entry).' }]);

    await value('timeline.unlink', { itemIds: [a.id, b.id] });
    expect(await value('timeline.list', { filters: {} })).toMatchObject({ conflicts: [], links: [] });
    expect(events.slice(-2)).toEqual([{ type: 'timeline.changed' }, { type: 'timeline.changed' }]);
  });

  it('refuses links to what cannot be linked or is gone, saying which', async () => {
    const { value, call } = await timeline();
    const a = await value('timeline.addEntry', entry('Pilot cancelled', '2020-09-16'));
    expect(await call('timeline.link', { itemIds: [a.id, 'source:1'], relation: 'same' })).toMatchObject({ ok: false, error: { code: 'INVALID_PARAMS', message: expect.stringContaining('Only tagged items and events typed on the timeline can be linked') } });
    expect(await call('timeline.link', { itemIds: [a.id, 'entry:99'], relation: 'same' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', message: 'Timeline entry #99 is no longer in this investigation.' } });
    expect(await call('timeline.link', { itemIds: [a.id, a.id], relation: 'different' })).toMatchObject({ ok: false, error: { message: 'An item cannot be linked to itself.' } });
    expect(await call('timeline.link', { itemIds: [a.id, 'annotation:1'], relation: 'maybe' as never })).toMatchObject({ ok: false, error: { code: 'INVALID_PARAMS' } });
  });

  it('writes every change to entries and links in the audit log', async () => {
    const { db, value } = await timeline();
    const a = await value('timeline.addEntry', entry('Pilot cancelled', '2020-09-16'));
    const b = await value('timeline.addEntry', entry('Pilot ends', '2020-10'));
    await value('timeline.updateEntry', { id: a.entryId!, entry: entry('Pilot cancelled', '2020-09-17') });
    const removed = await value('timeline.deleteEntry', { id: a.entryId! });
    await value('timeline.restoreEntry', { entry: removed });
    await value('timeline.link', { itemIds: [a.id, b.id], relation: 'different' });
    await value('timeline.unlink', { itemIds: [a.id, b.id] });
    const rows = db.prepare("SELECT entity_type, entity_id, action FROM audit_log WHERE entity_type LIKE 'timeline-%' ORDER BY id").raw().all();
    expect(rows).toEqual([
      ['timeline-entry', 1, 'create'],
      ['timeline-entry', 2, 'create'],
      ['timeline-entry', 1, 'update'],
      ['timeline-entry', 1, 'delete'],
      ['timeline-entry', 1, 'restore'],
      ['timeline-link', null, 'link'],
      ['timeline-link', null, 'unlink'],
    ]);
    const update = db.prepare("SELECT before, after FROM audit_log WHERE action = 'update'").get() as { before: string; after: string };
    expect([JSON.parse(update.before).startsOn, JSON.parse(update.after).startsOn]).toEqual(['2020-09-16', '2020-09-17']);
  });
});

describe('the listing cache', () => {
  it('answers the same filters from memory, in whatever order they came, until something is written', async () => {
    const { db } = await investigationWith('A memo.');
    const handlers = createTimelineHandlers({ session: { requireDb: () => db }, emit: () => undefined });
    const context = { emit: () => undefined };
    const list = (filters: object) => handlers['timeline.list']({ filters } as never, context);
    const first = await list({ entityIds: [], kinds: [], sourceIds: [], from: null, to: null, query: '', includePublications: false });
    const again = await list({ includePublications: false, query: '', to: null, from: null, sourceIds: [], kinds: [], entityIds: [] });
    expect(again).toBe(first);
    await handlers['timeline.addEntry']({ what: 'Board meets', startsOn: '2026-01-05', endsOn: null, approximate: false, entityIds: [], note: '' }, context);
    const after = await list({ entityIds: [], kinds: [], sourceIds: [], from: null, to: null, query: '', includePublications: false });
    expect(after).not.toBe(first);
    expect(after.items.id).toEqual(['entry:1']);
  });
});
