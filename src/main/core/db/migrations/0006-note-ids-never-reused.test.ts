import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { createNote, deleteNote, getNote, listNotes } from '../../notes/note-repository';
import { closeInvestigationDatabase } from '../close';
import { openInvestigationDatabase } from '../open-investigation-database';
import { makeInvestigationFile, makeTempDir } from '../test-support';
import { columnsOf, databaseAtVersion, isStrict } from './schema-inspection.test-support';
import { LATEST_SCHEMA_VERSION, migrations } from './index';

const CONTENT = JSON.stringify({ root: { type: 'root', children: [] } });

/** A version-5 file with notes 1, 2 and 4 (3 was deleted), as Sourcebook 5 would have left it. */
async function version5FileWithNotes(): Promise<string> {
  const dir = makeTempDir();
  onTestFinished(() => fs.rmSync(dir, { recursive: true, force: true }));
  return makeInvestigationFile(path.join(dir, 'Story.sourcebook'), {
    migrations: migrations.slice(0, 5),
    fill: (db) => {
      const insert = db.prepare('INSERT INTO note (id, title, content, plain_text, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)');
      insert.run(1, 'Timeline', CONTENT, 'When it happened', '2026-01-01T00:00:00.000Z', '2026-01-03T00:00:00.000Z');
      insert.run(2, 'Sources to call', CONTENT, 'Okafor, Lind', '2026-01-02T00:00:00.000Z', '2026-01-02T00:00:00.000Z');
      insert.run(4, 'Draft', CONTENT, '', '2026-01-04T00:00:00.000Z', '2026-01-04T00:00:00.000Z');
    },
  });
}

describe('migration 0006: note ids are never reused', () => {
  it('keeps every note of a version-5 file with its id, text and dates', async () => {
    const filePath = await version5FileWithNotes();
    const { db, migratedFrom, backupPath } = await openInvestigationDatabase(filePath, { mode: 'open' });
    onTestFinished(() => closeInvestigationDatabase(db));
    expect(migratedFrom).toBe(5);
    // The backup is named for the version the file is brought up to: the latest.
    expect(path.basename(backupPath!)).toMatch(new RegExp(`^Story\\.before-v${LATEST_SCHEMA_VERSION}-\\d{8}-\\d{6}\\.sourcebook$`));
    expect(db.prepare('SELECT id, title, plain_text, created_at, updated_at FROM note ORDER BY id').all()).toEqual([
      { id: 1, title: 'Timeline', plain_text: 'When it happened', created_at: '2026-01-01T00:00:00.000Z', updated_at: '2026-01-03T00:00:00.000Z' },
      { id: 2, title: 'Sources to call', plain_text: 'Okafor, Lind', created_at: '2026-01-02T00:00:00.000Z', updated_at: '2026-01-02T00:00:00.000Z' },
      { id: 4, title: 'Draft', plain_text: '', created_at: '2026-01-04T00:00:00.000Z', updated_at: '2026-01-04T00:00:00.000Z' },
    ]);
    expect(getNote(db, 1)!.content).toBe(CONTENT);
    expect(listNotes(db).map((note) => note.id)).toEqual([4, 1, 2]);
  });

  it('gives a new note a fresh id after the note with the highest id is deleted', async () => {
    const filePath = await version5FileWithNotes();
    const { db } = await openInvestigationDatabase(filePath, { mode: 'open' });
    onTestFinished(() => closeInvestigationDatabase(db));
    expect(deleteNote(db, 4)).toEqual({ deleted: true });
    expect(createNote(db, 'After the deletion').id).toBe(5);
    deleteNote(db, 5);
    expect(createNote(db, 'And again').id).toBe(6);
  });

  it('keeps the table strict, its checks and its index', async () => {
    const db = await databaseAtVersion(6);
    expect(isStrict(db, 'note')).toBe(true);
    expect(columnsOf(db, 'note').map((c) => c.name)).toEqual(['id', 'title', 'content', 'plain_text', 'created_at', 'updated_at']);
    expect(db.prepare("SELECT sql FROM sqlite_schema WHERE name = 'note'").pluck().get()).toMatch(/id INTEGER PRIMARY KEY AUTOINCREMENT/);
    expect(db.prepare("SELECT name FROM sqlite_schema WHERE type = 'index' AND tbl_name = 'note'").pluck().all()).toEqual(['note_by_update']);
    expect(() =>
      db.prepare("INSERT INTO note (title, content, created_at, updated_at) VALUES ('n', '{broken', 'x', 'x')").run(),
    ).toThrow(/CHECK/);
  });
});
