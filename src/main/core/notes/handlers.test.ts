import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AppEvent, MethodName, ParamsOf, ResultOf } from '../../../shared/contract';
import { MAX_NOTE_CONTENT_CHARS, MAX_NOTE_PLAIN_TEXT_CHARS, type NoteSaveResult } from '../../../shared/domain/note';
import { dispatch } from '../../rpc/dispatch';
import { fakeHandlers } from '../../rpc/fake-handlers';
import type { Handlers } from '../../rpc/handlers';
import { closeInvestigationDatabase, openInvestigationDatabase } from '../db';
import { makeTempDir } from '../db/test-support';
import { createNoteHandlers } from './handlers';

let dir: string;
let db: Database.Database;
let events: AppEvent[];
let handlers: Handlers;

beforeEach(async () => {
  dir = makeTempDir();
  db = (await openInvestigationDatabase(path.join(dir, 'Story.sourcebook'), { mode: 'create' })).db;
  events = [];
  const notes = createNoteHandlers({ requireDb: () => db }, (event) => events.push(event));
  handlers = { ...fakeHandlers({}).handlers, ...notes };
});
afterEach(() => {
  closeInvestigationDatabase(db);
  fs.rmSync(dir, { recursive: true, force: true });
});

/** Through the path every transport takes: params checked, handler run, result checked. */
function call(name: MethodName, params: unknown) {
  return dispatch(handlers, name, params, { emit: () => undefined });
}

async function value<K extends MethodName>(name: K, params: ParamsOf<K>): Promise<ResultOf<K>> {
  const outcome = await call(name, params);
  if (!outcome.ok) throw new Error(`${name} failed: ${outcome.error.code} ${outcome.error.message}`);
  return outcome.value as ResultOf<K>;
}

function savedAt(result: NoteSaveResult): string {
  if (result.status !== 'saved') throw new Error('expected the save to be stored');
  return result.updatedAt;
}

const content = (text: string) => JSON.stringify({ root: { type: 'root', children: [{ type: 'paragraph', children: [{ type: 'text', text }] }] } });

describe('note handlers', () => {
  it('create, rename, save and delete a note, telling every window each time', async () => {
    const note = await value('notes.create', {});
    expect(note).toMatchObject({ id: 1, title: 'Untitled note' });
    await value('notes.rename', { id: note.id, title: '  Interview plan ' });
    const saved = await value('notes.save', { id: note.id, content: content('Call Okafor'), plainText: 'Call Okafor', baseUpdatedAt: note.updatedAt });
    const updatedAt = savedAt(saved);
    expect(await value('notes.list', {})).toEqual([expect.objectContaining({ title: 'Interview plan', excerpt: 'Call Okafor', updatedAt })]);
    expect(await value('notes.get', { id: note.id })).toMatchObject({ content: content('Call Okafor') });
    expect(await value('notes.delete', { id: note.id })).toEqual({ deleted: true });
    expect(events).toEqual([
      { type: 'notes.changed', noteId: 1, updatedAt: note.updatedAt },
      { type: 'notes.changed', noteId: 1, updatedAt: note.updatedAt },
      { type: 'notes.changed', noteId: 1, updatedAt },
      { type: 'notes.changed', noteId: 1, updatedAt: null },
    ]);
  });

  it('announce nothing when nothing changed: a save of the stored text, a refused save, a second delete', async () => {
    const note = await value('notes.create', { title: 'Plan' });
    await value('notes.save', { id: note.id, content: content('a'), plainText: 'a', baseUpdatedAt: note.updatedAt });
    events.length = 0;
    await value('notes.save', { id: note.id, content: content('a'), plainText: 'a', baseUpdatedAt: note.updatedAt });
    expect(await value('notes.save', { id: note.id, content: content('b'), plainText: 'b', baseUpdatedAt: note.updatedAt })).toMatchObject({
      status: 'conflict',
      note: { content: content('a') },
    });
    await value('notes.rename', { id: note.id, title: 'Plan' });
    await value('notes.delete', { id: note.id });
    await value('notes.delete', { id: note.id });
    expect(events).toEqual([{ type: 'notes.changed', noteId: note.id, updatedAt: null }]);
  });

  it('refuse content that is not an editor state, or too long, before anything is written', async () => {
    const note = await value('notes.create', {});
    const save = (params: object) => call('notes.save', { id: note.id, plainText: '', ...params });
    // Refused by the contract on either side (not text, not an object), or by the service (not an editor state).
    for (const bad of [{ root: { type: 'root', children: [] } }, '[]', 'root', '{broken', '{"root":{}}', '{"root":{"type":"root","children":["x"]}}']) {
      expect(await save({ content: bad })).toMatchObject({ ok: false, error: { code: 'INVALID_PARAMS' } });
    }
    const huge = content('x'.repeat(MAX_NOTE_CONTENT_CHARS));
    expect(await save({ content: huge })).toMatchObject({ ok: false, error: { code: 'INVALID_PARAMS', message: expect.stringContaining('too long to save') } });
    expect(await save({ content: content('x'), plainText: 'x'.repeat(MAX_NOTE_PLAIN_TEXT_CHARS + 1) })).toMatchObject({ ok: false, error: { code: 'INVALID_PARAMS' } });
    expect(await call('notes.rename', { id: note.id, title: '   ' })).toMatchObject({ ok: false, error: { message: expect.stringContaining('A note needs a title') } });
    expect((await value('notes.get', { id: note.id })).updatedAt).toBe(note.updatedAt);
  });

  it('say plainly when a note is gone', async () => {
    expect(await call('notes.get', { id: 5 })).toEqual({ ok: false, error: { code: 'NOT_FOUND', message: expect.stringContaining('no note #5') } });
    expect(await call('notes.save', { id: 5, content: content('x'), plainText: 'x' })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });
});
