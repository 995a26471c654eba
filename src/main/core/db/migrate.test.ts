import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { closeInvestigationDatabase } from './close';
import { SOURCEBOOK_APPLICATION_ID } from './identity';
import { readUserVersion, runMigrations } from './migrate';
import { checkedMigrations, LATEST_SCHEMA_VERSION, migrations, type Migration } from './migrations';
import { openInvestigationDatabase } from './open-investigation-database';
import { readFileHeader } from './sqlite-header';
import { makeInvestigationFile, makeTempDir, snapshot } from './test-support';

let dir: string;
beforeEach(() => {
  dir = makeTempDir();
  // The failures provoked here are logged for the developer; keep the test output readable.
  vi.spyOn(console, 'error').mockImplementation(() => {});
});
afterEach(() => {
  vi.restoreAllMocks();
  fs.rmSync(dir, { recursive: true, force: true });
});

const tableNames = (db: Database.Database) =>
  db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name").pluck().all();

/** A v1 file with its meta row, as an early version of Sourcebook would have left it. */
async function makeVersion1File(filePath: string) {
  return makeInvestigationFile(filePath, {
    migrations: migrations.slice(0, 1),
    fill: (db) =>
      db
        .prepare('INSERT INTO investigation (name, created_at, created_by_version) VALUES (?, ?, ?)')
        .run('Border contract', '2025-01-02T03:04:05.000Z', '0.0.1'),
  });
}

describe('the migration list', () => {
  it('runs 1, 2, 3... without gaps or repeats', () => {
    expect(migrations.map((m) => m.version)).toEqual(
      Array.from({ length: LATEST_SCHEMA_VERSION }, (_, i) => i + 1),
    );
    const step = (version: number): Migration => ({ version, name: `step ${version}`, up: () => {} });
    expect(() => checkedMigrations([step(1), step(3)])).toThrow(/expected 2/);
    expect(() => checkedMigrations([step(2)])).toThrow(/expected 1/);
    expect(() => checkedMigrations([step(1), step(1)])).toThrow(/expected 2/);
  });
});

describe('migrating investigation files', () => {
  it('brings a fresh file to the latest version', async () => {
    const filePath = await makeInvestigationFile(path.join(dir, 'fresh.sourcebook'));
    expect(readFileHeader(filePath)).toMatchObject({ userVersion: LATEST_SCHEMA_VERSION });
  });

  it('upgrades a v1 file after backing it up, and the backup is a valid v1 file', async () => {
    const filePath = await makeVersion1File(path.join(dir, 'Border.sourcebook'));
    const now = new Date(2026, 2, 12, 10, 15, 0);

    const { db, migratedFrom, backupPath } = await openInvestigationDatabase(filePath, {
      mode: 'open',
      now: () => now,
    });
    try {
      expect(migratedFrom).toBe(1);
      expect(readUserVersion(db)).toBe(LATEST_SCHEMA_VERSION);
      expect(tableNames(db)).toEqual([
        'analysis_run', 'annotation', 'audit_log', 'claim', 'claim_check', 'claim_evidence', 'comparison', 'comparison_column', 'comparison_column_speaker', 'comparison_pin', 'comparison_pin_cell', 'entity', 'entity_alias', 'entity_merge',
        'event', 'event_entity', 'fact_check_rating', 'id_high_water', 'investigation', 'note', 'quote', 'source', 'sqlite_sequence', 'suggestion',
        'timeline_entry', 'timeline_entry_entity', 'timeline_link',
      ]);
      expect(db.prepare('SELECT name FROM investigation').pluck().get()).toBe('Border contract');
    } finally {
      closeInvestigationDatabase(db);
    }

    expect(backupPath).toBe(path.join(dir, `Border.before-v${LATEST_SCHEMA_VERSION}-20260312-101500.sourcebook`));
    expect(readFileHeader(backupPath!)).toEqual({
      kind: 'sqlite',
      applicationId: SOURCEBOOK_APPLICATION_ID,
      userVersion: 1,
    });
    const backup = new Database(backupPath!, { readonly: true, fileMustExist: true });
    try {
      expect(backup.pragma('quick_check', { simple: true })).toBe('ok');
      expect(tableNames(backup)).toEqual(['investigation']);
      expect(backup.prepare('SELECT name FROM investigation').pluck().get()).toBe('Border contract');
    } finally {
      backup.close();
    }
  });

  it('does not back up a file that is already current', async () => {
    const filePath = await makeInvestigationFile(path.join(dir, 'current.sourcebook'));
    const { db, migratedFrom, backupPath } = await openInvestigationDatabase(filePath, { mode: 'open' });
    closeInvestigationDatabase(db);
    expect([migratedFrom, backupPath]).toEqual([null, null]);
    expect(fs.readdirSync(dir)).toEqual(['current.sourcebook']);
  });

  it('does not migrate when the backup cannot be written, and leaves no partial backup', async () => {
    const filePath = await makeVersion1File(path.join(dir, 'Border.sourcebook'));
    // The disk fills up midway through the copy.
    vi.spyOn(Database.prototype, 'backup').mockImplementation(async (destination: string) => {
      fs.writeFileSync(destination, 'the first pages of a copy');
      throw new Error('SQLITE_FULL: database or disk is full');
    });

    await expect(openInvestigationDatabase(filePath, { mode: 'open' })).rejects.toMatchObject({
      code: 'INTERNAL',
      message: expect.stringMatching(/could not first save a backup.*not upgraded/),
    });
    expect(readFileHeader(filePath)).toMatchObject({ userVersion: 1 });
    expect(fs.readdirSync(dir)).toEqual(['Border.sourcebook']);
  });

  it('writes the backup under a temporary name, so a backup cut short never looks like one', async () => {
    const filePath = await makeVersion1File(path.join(dir, 'Border.sourcebook'));
    const now = new Date(2026, 2, 12, 10, 15, 0);
    const backupName = `Border.before-v${LATEST_SCHEMA_VERSION}-20260312-101500.sourcebook`;
    const realBackup = Database.prototype.backup;
    let midway: string[] | undefined;
    vi.spyOn(Database.prototype, 'backup').mockImplementation(function (this: Database.Database, destination, options) {
      return realBackup.call(this, destination, {
        ...options,
        progress: () => {
          midway ??= fs.readdirSync(dir).sort();
          return 1;
        },
      });
    });

    const { db, backupPath } = await openInvestigationDatabase(filePath, { mode: 'open', now: () => now });
    closeInvestigationDatabase(db);
    // While the copy was being written, nothing carried the backup's name: had the app quit
    // or crashed then, no half copy would pass for the backup.
    expect(midway).toContain(`${backupName}.partial`);
    expect(midway).not.toContain(backupName);
    expect(backupPath).toBe(path.join(dir, backupName));
    expect(fs.readdirSync(dir).sort()).toEqual([backupName, 'Border.sourcebook']);
    expect(readFileHeader(backupPath!)).toMatchObject({ userVersion: 1 });
  });

  it('rolls back a migration that throws, leaving user_version at the last good step', async () => {
    const filePath = await makeInvestigationFile(path.join(dir, 'Border.sourcebook'));
    const broken: Migration = {
      version: LATEST_SCHEMA_VERSION + 1,
      name: 'broken',
      up(db) {
        db.exec('CREATE TABLE half_done (x INTEGER) STRICT');
        throw new Error('a bug in the migration');
      },
    };

    const opening = openInvestigationDatabase(filePath, { mode: 'open', migrations: [...migrations, broken] });
    await expect(opening).rejects.toMatchObject({
      code: 'INTERNAL',
      message: expect.stringContaining(`intact at schema ${LATEST_SCHEMA_VERSION}`),
    });

    const { db } = await openInvestigationDatabase(filePath, { mode: 'open' });
    try {
      expect(readUserVersion(db)).toBe(LATEST_SCHEMA_VERSION);
      expect(tableNames(db)).not.toContain('half_done');
    } finally {
      closeInvestigationDatabase(db);
    }
    // The backup was taken before the attempt and is still there for the reporter.
    expect(fs.readdirSync(dir).filter((name) => name.includes('.before-v'))).toHaveLength(1);
  });

  it('applies each migration in its own transaction', () => {
    const db = new Database(path.join(dir, 'raw.sqlite'));
    try {
      const list = checkedMigrations([
        { version: 1, name: 'one', up: (d) => d.exec('CREATE TABLE one (x INTEGER) STRICT') },
        { version: 2, name: 'two', up: (d) => d.exec('CREATE TABLE two (x INTEGER) STRICT') },
        {
          version: 3,
          name: 'three',
          up: (d) => {
            d.exec('CREATE TABLE three (x INTEGER) STRICT');
            throw new Error('no');
          },
        },
      ]);
      expect(() => runMigrations(db, list)).toThrow('no');
      expect(readUserVersion(db)).toBe(2);
      expect(tableNames(db)).toEqual(['one', 'two']);
    } finally {
      db.close();
    }
  });

  it('refuses a file from a newer version before migrating anything', async () => {
    const filePath = await makeInvestigationFile(path.join(dir, 'future.sourcebook'));
    const before = snapshot(filePath);
    const older = migrations.slice(0, LATEST_SCHEMA_VERSION - 1);
    await expect(openInvestigationDatabase(filePath, { mode: 'open', migrations: older })).rejects.toMatchObject({
      code: 'FILE_NEWER_VERSION',
    });
    expect(snapshot(filePath)).toEqual(before);
  });
});
