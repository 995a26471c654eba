import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { closeInvestigationDatabase } from './close';
import { SOURCEBOOK_APPLICATION_ID } from './identity';
import { LATEST_SCHEMA_VERSION, migrations } from './migrations';
import { openInvestigationDatabase } from './open-investigation-database';
import { readFileHeader } from './sqlite-header';
import {
  crashAfterWriting,
  exited,
  makeInvestigationFile,
  makeTempDir,
  runFixture,
  sha256Of,
  snapshot,
} from './test-support';

let dir: string;
const opened: Database.Database[] = [];

beforeEach(() => {
  dir = makeTempDir();
});
afterEach(() => {
  for (const db of opened.splice(0)) if (db.open) db.close();
  // Undo the chmods some tests make, so the folder can be removed.
  for (const name of fs.readdirSync(dir)) fs.chmodSync(path.join(dir, name), 0o644);
  fs.chmodSync(dir, 0o755);
  fs.rmSync(dir, { recursive: true, force: true });
});

async function open(filePath: string) {
  const result = await openInvestigationDatabase(filePath, { mode: 'open' });
  opened.push(result.db);
  return result;
}

async function create(filePath: string) {
  const result = await openInvestigationDatabase(filePath, { mode: 'create' });
  opened.push(result.db);
  return result;
}

/** Asserts the refusal's code and that the file and its folder were left exactly as they were. */
async function expectRefusedUntouched(filePath: string, code: string) {
  const before = snapshot(filePath);
  await expect(open(filePath)).rejects.toMatchObject({ name: 'ServiceError', code });
  expect(snapshot(filePath)).toEqual(before);
}

describe('creating an investigation file', () => {
  it('makes a WAL file marked as Sourcebook at the latest schema, with the documented pragmas', async () => {
    const filePath = path.join(dir, 'Story.sourcebook');
    const { db, migratedFrom, backupPath } = await create(filePath);

    expect(migratedFrom).toBeNull();
    expect(backupPath).toBeNull();
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('locking_mode', { simple: true })).toBe('exclusive');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('synchronous', { simple: true })).toBe(2); // FULL
    expect(db.pragma('busy_timeout', { simple: true })).toBe(5000);
    expect(db.pragma('application_id', { simple: true })).toBe(SOURCEBOOK_APPLICATION_ID);
    expect(db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    // Exclusive locking keeps the WAL index in memory: there is never a -shm file.
    expect(fs.existsSync(`${filePath}-shm`)).toBe(false);
    // Another process must recognise the file as ours from its header while it is open.
    expect(readFileHeader(filePath)).toMatchObject({ kind: 'sqlite', applicationId: SOURCEBOOK_APPLICATION_ID });
  });

  it('leaves one self-contained file after closing, with everything checkpointed into it', async () => {
    const filePath = path.join(dir, 'Story.sourcebook');
    const { db } = await create(filePath);
    db.prepare('INSERT INTO investigation (name, created_at, created_by_version) VALUES (?, ?, ?)').run(
      'Story',
      new Date().toISOString(),
      'test',
    );
    closeInvestigationDatabase(db);

    expect(fs.readdirSync(dir)).toEqual(['Story.sourcebook']);
    expect(readFileHeader(filePath)).toEqual({
      kind: 'sqlite',
      applicationId: SOURCEBOOK_APPLICATION_ID,
      userVersion: LATEST_SCHEMA_VERSION,
    });
    const reopened = await open(filePath);
    expect(reopened.migratedFrom).toBeNull();
    expect(reopened.db.prepare('SELECT name FROM investigation').pluck().get()).toBe('Story');
  });

  it('refuses a path where a file already exists, leaving it untouched', async () => {
    const filePath = path.join(dir, 'notes.sourcebook');
    fs.writeFileSync(filePath, 'my notes');
    const before = snapshot(filePath);
    await expect(create(filePath)).rejects.toMatchObject({ code: 'FILE_EXISTS' });
    expect(snapshot(filePath)).toEqual(before);
  });

  it('refuses a folder that does not exist, creating nothing', async () => {
    const filePath = path.join(dir, 'missing', 'Story.sourcebook');
    await expect(create(filePath)).rejects.toMatchObject({ code: 'FILE_NOT_FOUND' });
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  it('refuses a read-only folder', async () => {
    fs.chmodSync(dir, 0o555);
    await expect(create(path.join(dir, 'Story.sourcebook'))).rejects.toMatchObject({ code: 'FILE_READ_ONLY' });
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  it('refuses a path with a leftover journal, which SQLite would replay into the new file', async () => {
    const filePath = path.join(dir, 'Story.sourcebook');
    fs.writeFileSync(`${filePath}-wal`, 'stale');
    await expect(create(filePath)).rejects.toMatchObject({ code: 'FILE_EXISTS' });
    expect(fs.readdirSync(dir)).toEqual(['Story.sourcebook-wal']);
  });

  it('removes the half-made file when filling it fails', async () => {
    const filePath = path.join(dir, 'Story.sourcebook');
    const failing = openInvestigationDatabase(filePath, {
      mode: 'create',
      initialize: () => {
        throw new Error('disk on fire');
      },
    });
    await expect(failing).rejects.toThrow('disk on fire');
    expect(fs.readdirSync(dir)).toEqual([]);
  });
});

describe('a creation interrupted by a crash', () => {
  it('leaves an empty file, refused as empty, never a half-made investigation that opens', async () => {
    const filePath = path.join(dir, 'Story.sourcebook');
    const { child } = await runFixture('crash-while-creating.fixture.ts', [filePath]);
    await exited(child);
    expect(child.signalCode).toBe('SIGKILL');

    expect(fs.statSync(filePath).size).toBe(0);
    await expectRefusedUntouched(filePath, 'FILE_EMPTY');
  });
});

describe('refusing files that cannot be opened, without touching them', () => {
  it('refuses a missing file and creates nothing', async () => {
    const filePath = path.join(dir, 'gone.sourcebook');
    await expect(open(filePath)).rejects.toMatchObject({ code: 'FILE_NOT_FOUND' });
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  it('refuses an empty file', async () => {
    const filePath = path.join(dir, 'empty.sourcebook');
    fs.writeFileSync(filePath, '');
    await expectRefusedUntouched(filePath, 'FILE_EMPTY');
  });

  it('refuses a PDF renamed to .sourcebook', async () => {
    const filePath = path.join(dir, 'report.sourcebook');
    fs.writeFileSync(filePath, '%PDF-1.7\n%âãÏÓ\n1 0 obj << /Type /Catalog >> endobj\n'.repeat(20));
    await expectRefusedUntouched(filePath, 'FILE_NOT_SQLITE');
  });

  it('refuses a short text file renamed to .sourcebook', async () => {
    const filePath = path.join(dir, 'todo.sourcebook');
    fs.writeFileSync(filePath, 'call the agency back\n');
    await expectRefusedUntouched(filePath, 'FILE_NOT_SQLITE');
  });

  it('refuses a folder', async () => {
    const folder = path.join(dir, 'folder.sourcebook');
    fs.mkdirSync(folder);
    await expect(open(folder)).rejects.toMatchObject({ code: 'FILE_NOT_SQLITE' });
    expect(fs.readdirSync(folder)).toEqual([]);
  });

  it('refuses a SQLite database of another application (no application id)', async () => {
    const filePath = path.join(dir, 'other.sourcebook');
    const other = new Database(filePath);
    other.exec('CREATE TABLE contacts (name TEXT)');
    other.close();
    await expectRefusedUntouched(filePath, 'FILE_FOREIGN_DATABASE');
  });

  it('refuses a WAL-mode SQLite database with another application id', async () => {
    const filePath = path.join(dir, 'other.sourcebook');
    const other = new Database(filePath);
    other.pragma('application_id = 1234');
    other.pragma('journal_mode = WAL');
    other.exec('CREATE TABLE contacts (name TEXT)');
    other.close();
    await expectRefusedUntouched(filePath, 'FILE_FOREIGN_DATABASE');
  });

  it('refuses a file from a newer Sourcebook and says which versions are involved', async () => {
    const filePath = path.join(dir, 'future.sourcebook');
    const future = [...migrations, { version: LATEST_SCHEMA_VERSION + 1, name: 'from the future', up: () => {} }];
    await makeInvestigationFile(filePath, { migrations: future });
    await expectRefusedUntouched(filePath, 'FILE_NEWER_VERSION');
    await expect(open(filePath)).rejects.toThrow(
      `schema ${LATEST_SCHEMA_VERSION + 1}, this version knows up to ${LATEST_SCHEMA_VERSION}`,
    );
  });

  it('refuses a read-only file, even when running as root', async () => {
    const filePath = await makeInvestigationFile(path.join(dir, 'locked-down.sourcebook'));
    fs.chmodSync(filePath, 0o444);
    await expectRefusedUntouched(filePath, 'FILE_READ_ONLY');
  });

  it('refuses a file in a read-only folder, where the WAL could not be written', async () => {
    const filePath = await makeInvestigationFile(path.join(dir, 'Story.sourcebook'));
    fs.chmodSync(dir, 0o555);
    await expectRefusedUntouched(filePath, 'FILE_READ_ONLY');
  });

  it('refuses a file whose pages are damaged', async () => {
    const filePath = await makeInvestigationFile(path.join(dir, 'damaged.sourcebook'), {
      fill: (db) => {
        const insert = db.prepare('INSERT INTO audit_log (at, actor, entity_type, action) VALUES (?, ?, ?, ?)');
        for (let i = 0; i < 2000; i++) insert.run(new Date().toISOString(), 'test', 'claim', `action ${i}`);
      },
    });
    const bytes = fs.readFileSync(filePath);
    const pageSize = bytes.readUInt16BE(16);
    // Scribble over the b-tree pages after the schema: the header stays valid, the content is not.
    bytes.fill(0xa5, pageSize * 3, pageSize * 6);
    fs.writeFileSync(filePath, bytes);
    await expectRefusedUntouched(filePath, 'FILE_CORRUPT');
  });

  it('refuses a file whose schema page is damaged', async () => {
    const filePath = await makeInvestigationFile(path.join(dir, 'damaged.sourcebook'));
    const bytes = fs.readFileSync(filePath);
    bytes.fill(0xff, 100, 400);
    fs.writeFileSync(filePath, bytes);
    await expectRefusedUntouched(filePath, 'FILE_CORRUPT');
  });

  it('refuses a file marked as ours but without a schema: a main file copied without its -wal', async () => {
    // What the main file of an investigation open in an earlier version looked like on disk:
    // marked, switched to WAL, with the schema and content still only in the -wal file.
    const filePath = path.join(dir, 'copied.sourcebook');
    const partial = new Database(filePath);
    partial.pragma(`application_id = ${SOURCEBOOK_APPLICATION_ID}`);
    partial.pragma('journal_mode = WAL');
    partial.close();
    expect(readFileHeader(filePath)).toMatchObject({ applicationId: SOURCEBOOK_APPLICATION_ID, userVersion: 0 });

    await expectRefusedUntouched(filePath, 'FILE_CORRUPT');
    await expect(open(filePath)).rejects.toThrow(/looks incomplete.*copied while Sourcebook had it open.*“copied\.sourcebook-wal”.*not changed/s);
  });

  it('refuses a file already open in this process', async () => {
    const filePath = await makeInvestigationFile(path.join(dir, 'Story.sourcebook'));
    await open(filePath);
    await expect(open(filePath)).rejects.toMatchObject({ code: 'FILE_LOCKED' });
  });
});

describe('refusing a file a crash left with changes in its -wal, without touching either file', () => {
  const fillAuditLog = (db: Database.Database) => {
    const insert = db.prepare('INSERT INTO audit_log (at, actor, entity_type, action) VALUES (?, ?, ?, ?)');
    for (let i = 0; i < 2000; i++) insert.run('2026-01-01T00:00:00.000Z', 'test', 'claim', `action ${i}`);
  };
  /** The main file, its -wal (both by content) and the folder: what a refusal must leave as it was. */
  const state = (filePath: string) => ({
    ...snapshot(filePath),
    wal: sha256Of(`${filePath}-wal`),
    walSize: fs.statSync(`${filePath}-wal`).size,
  });
  async function expectRefusedLeavingWal(filePath: string, code: string) {
    const before = state(filePath);
    expect(before.walSize).toBeGreaterThan(0);
    await expect(open(filePath)).rejects.toMatchObject({ name: 'ServiceError', code });
    expect(state(filePath)).toEqual(before);
  }

  it('refuses a file whose newer schema version is only in the WAL', async () => {
    const filePath = await makeInvestigationFile(path.join(dir, 'future.sourcebook'));
    await crashAfterWriting(filePath, 'BEGIN; PRAGMA user_version = 99; COMMIT;');
    // On disk the main file still says it is current; only SQLite, reading the WAL, sees 99.
    expect(readFileHeader(filePath)).toMatchObject({ userVersion: LATEST_SCHEMA_VERSION });
    await expectRefusedLeavingWal(filePath, 'FILE_NEWER_VERSION');
    await expect(open(filePath)).rejects.toThrow('schema 99');
  });

  it('refuses a file whose application id was changed in the WAL', async () => {
    const filePath = await makeInvestigationFile(path.join(dir, 'other.sourcebook'));
    await crashAfterWriting(filePath, 'PRAGMA application_id = 1234;');
    await expectRefusedLeavingWal(filePath, 'FILE_FOREIGN_DATABASE');
  });

  it('refuses a damaged file, keeping the WAL as evidence', async () => {
    const filePath = await makeInvestigationFile(path.join(dir, 'damaged.sourcebook'), { fill: fillAuditLog });
    await crashAfterWriting(
      filePath,
      "INSERT INTO audit_log (at, actor, entity_type, action) VALUES ('2026-01-02T00:00:00.000Z', 'test', 'claim', 'last')",
    );
    const bytes = fs.readFileSync(filePath);
    const pageSize = bytes.readUInt16BE(16);
    // Scribble over leaf pages in the middle of the log, which the one insert in the WAL left alone.
    bytes.fill(0xa5, pageSize * 10, pageSize * 20);
    fs.writeFileSync(filePath, bytes);
    await expectRefusedLeavingWal(filePath, 'FILE_CORRUPT');
  });

  it('still opens a sound file a crash left, with what the WAL holds, and leaves no -shm', async () => {
    const filePath = await makeInvestigationFile(path.join(dir, 'Story.sourcebook'));
    await crashAfterWriting(
      filePath,
      "INSERT INTO investigation (name, created_at, created_by_version) VALUES ('Saved before the crash', '2026-01-01T00:00:00.000Z', 'test')",
    );
    const { db } = await open(filePath);
    expect(db.prepare('SELECT name FROM investigation').pluck().get()).toBe('Saved before the crash');
    expect(fs.existsSync(`${filePath}-shm`)).toBe(false);
    closeInvestigationDatabase(db);
    expect(fs.readdirSync(dir)).toEqual(['Story.sourcebook']);
  });
});
