import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { closeInvestigationDatabase, openInvestigationDatabase } from '../db';
import { exited, makeTempDir, runFixture } from '../db/test-support';
import { createNote, deleteNote, getNote, listNotes, renameNote, saveNoteContent } from './note-repository';

let dir: string;
let filePath: string;
let db: Database.Database;

beforeEach(async () => {
  dir = makeTempDir();
  filePath = path.join(dir, 'Story.sourcebook');
  db = (await openInvestigationDatabase(filePath, { mode: 'create' })).db;
});
afterEach(() => {
  if (db.open) closeInvestigationDatabase(db);
  fs.rmSync(dir, { recursive: true, force: true });
});

/** A one-paragraph editor state holding `text`, as JSON text. */
function paragraph(text: string): string {
  return JSON.stringify({
    root: {
      type: 'root',
      version: 1,
      children: [{ type: 'paragraph', version: 1, children: [{ type: 'text', version: 1, text, format: 0 }] }],
    },
  });
}

const at = (time: string) => new Date(`2026-03-12T${time}Z`);

describe('notes', () => {
  it('are created empty and untitled unless a title is given', () => {
    const note = createNote(db, undefined, at('09:00:00.000'));
    expect(note).toMatchObject({ id: 1, title: 'Untitled note', createdAt: '2026-03-12T09:00:00.000Z', updatedAt: '2026-03-12T09:00:00.000Z' });
    expect(JSON.parse(note.content).root.children).toEqual([expect.objectContaining({ type: 'paragraph', children: [] })]);
    expect(createNote(db, 'Interview plan').title).toBe('Interview plan');
  });

  it('are listed most recently saved first, each with the start of its text on one line', () => {
    const first = createNote(db, 'First', at('09:00:00.000'));
    const second = createNote(db, 'Second', at('09:01:00.000'));
    saveNoteContent(db, { id: first.id, content: paragraph('x'), plainText: 'Call Okafor\n\nthen the union' }, at('09:02:00.000'));
    expect(listNotes(db)).toEqual([
      { id: first.id, title: 'First', excerpt: 'Call Okafor then the union', createdAt: '2026-03-12T09:00:00.000Z', updatedAt: '2026-03-12T09:02:00.000Z' },
      { id: second.id, title: 'Second', excerpt: '', createdAt: '2026-03-12T09:01:00.000Z', updatedAt: '2026-03-12T09:01:00.000Z' },
    ]);
  });

  it('are renamed without changing their text or version', () => {
    const note = createNote(db, 'Draft', at('09:00:00.000'));
    expect(renameNote(db, note.id, 'Interview plan')).toMatchObject({ changed: true, note: { title: 'Interview plan', updatedAt: note.updatedAt } });
    expect(renameNote(db, note.id, 'Interview plan').changed).toBe(false);
    expect(getNote(db, note.id)).toEqual({ ...note, title: 'Interview plan' });
    expect(() => renameNote(db, 99, 'x')).toThrow(/no note #99/);
  });

  it('are deleted once', () => {
    const note = createNote(db);
    expect(deleteNote(db, note.id)).toEqual({ deleted: true });
    expect(getNote(db, note.id)).toBeNull();
    expect(deleteNote(db, note.id)).toEqual({ deleted: false });
  });
});

describe('saveNoteContent', () => {
  it('stores the editor state and plain text, and sets a later version', () => {
    const note = createNote(db, 'Plan', at('09:00:00.000'));
    const { result, changed } = saveNoteContent(
      db,
      { id: note.id, content: paragraph('Call Okafor'), plainText: 'Call Okafor', baseUpdatedAt: note.updatedAt },
      at('09:00:00.000'),
    );
    expect(changed).toBe(true);
    expect(result).toEqual({ status: 'saved', updatedAt: '2026-03-12T09:00:00.001Z' });
    expect(getNote(db, note.id)).toMatchObject({ content: paragraph('Call Okafor'), updatedAt: '2026-03-12T09:00:00.001Z' });
  });

  it('refuses a save based on an older version, handing back the newer note untouched', () => {
    const note = createNote(db, 'Plan', at('09:00:00.000'));
    const newer = saveNoteContent(db, { id: note.id, content: paragraph('newer'), plainText: 'newer', baseUpdatedAt: note.updatedAt }, at('09:00:01.000'));
    const older = saveNoteContent(db, { id: note.id, content: paragraph('older'), plainText: 'older', baseUpdatedAt: note.updatedAt }, at('09:00:02.000'));
    expect(older).toEqual({
      changed: false,
      result: { status: 'conflict', note: expect.objectContaining({ content: paragraph('newer'), updatedAt: '2026-03-12T09:00:01.000Z' }) },
    });
    expect(newer.result).toEqual({ status: 'saved', updatedAt: '2026-03-12T09:00:01.000Z' });
    expect(listNotes(db)[0]!.excerpt).toBe('newer');
  });

  it('answers a repeated save (a retried request) with the stored version and writes nothing', () => {
    const note = createNote(db, 'Plan', at('09:00:00.000'));
    const save = { id: note.id, content: paragraph('same'), plainText: 'same', baseUpdatedAt: note.updatedAt };
    const first = saveNoteContent(db, save, at('09:00:01.000'));
    expect(saveNoteContent(db, save, at('09:00:05.000'))).toEqual({ changed: false, result: first.result });
  });

  it('stores regardless of version when no base is given (the reporter chose their version)', () => {
    const note = createNote(db, 'Plan', at('09:00:00.000'));
    saveNoteContent(db, { id: note.id, content: paragraph('theirs'), plainText: 'theirs' }, at('09:00:01.000'));
    expect(saveNoteContent(db, { id: note.id, content: paragraph('mine'), plainText: 'mine' }, at('09:00:02.000')).result.status).toBe('saved');
    expect(getNote(db, note.id)!.content).toEqual(paragraph('mine'));
  });

  it('says so when the note is gone', () => {
    expect(() => saveNoteContent(db, { id: 7, content: paragraph('x'), plainText: 'x' })).toThrow(/no note #7/);
  });

  it('stores only an editor state: JSON text holding a root with blocks', () => {
    const note = createNote(db, 'Plan');
    for (const content of ['{broken', '{}', '{"root":{"type":"paragraph","children":[]}}', '{"root":{"type":"root","children":["x"]}}']) {
      expect(() => saveNoteContent(db, { id: note.id, content, plainText: '' })).toThrow(/nothing was saved/);
    }
    expect(getNote(db, note.id)).toEqual(note);
  });

  it('is in the file once it returns, even if the process is killed right after', async () => {
    closeInvestigationDatabase(db);
    const { child, said } = await runFixture('../notes/save-then-crash.fixture.ts', [filePath, 'kept']);
    child.kill('SIGKILL');
    await exited(child);
    db = (await openInvestigationDatabase(filePath, { mode: 'open' })).db;
    const id = Number(said.replace('saved ', ''));
    expect(JSON.parse(getNote(db, id)!.content).root.children).toEqual([{ type: 'paragraph', children: [{ type: 'text', text: 'kept' }] }]);
    expect(listNotes(db)[0]!.excerpt).toBe('kept');
  });
});
