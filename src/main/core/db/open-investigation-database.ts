import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { ServiceError } from '../service-error';
import { backupBeforeMigration } from './backup';
import { applyConnectionSettings, connectExclusively, lockAndInspect } from './connection';
import { SOURCEBOOK_APPLICATION_ID, sidecarPaths } from './identity';
import { readUserVersion, runMigrations } from './migrate';
import { latestVersion, migrations as allMigrations, type Migration } from './migrations';
import { checkBeforeCreating, checkBeforeOpening } from './preflight';
import { refuse } from './refusals';
import { explainSqliteError } from './sqlite-errors';

export interface OpenedDatabase {
  db: Database.Database;
  /** The schema version the file had when an upgrade ran; null when none was needed. */
  migratedFrom: number | null;
  /** Where the copy taken before that upgrade is; null when none was taken. */
  backupPath: string | null;
}

export interface OpenDatabaseOptions {
  mode: 'create' | 'open';
  /** Create only: fills the new file (in one transaction) before it is handed back. */
  initialize?: (db: Database.Database) => void;
  /** Tests only: another list of migrations than the real one. */
  migrations?: readonly Migration[];
  /** Tests only: the clock used to name backups. */
  now?: () => Date;
}

/**
 * Opens (or creates) an investigation file, or refuses it with a ServiceError that says why.
 * A refused file is never written: the checks that can be made without SQLite come first, and
 * SQLite only ever sees files that already look like ours.
 */
export async function openInvestigationDatabase(
  filePath: string,
  options: OpenDatabaseOptions,
): Promise<OpenedDatabase> {
  const absolutePath = path.resolve(filePath);
  const list = options.migrations ?? allMigrations;
  if (options.mode === 'create') return createDatabase(absolutePath, list, options.initialize);
  return openDatabase(absolutePath, list, options.now ?? (() => new Date()));
}

async function openDatabase(
  filePath: string,
  list: readonly Migration[],
  now: () => Date,
): Promise<OpenedDatabase> {
  const latest = latestVersion(list);
  checkBeforeOpening(filePath, latest);

  let db: Database.Database;
  try {
    db = connectExclusively(filePath);
  } catch (error) {
    throw explainSqliteError(error, filePath);
  }
  try {
    lockAndInspect(db, () => inspectUnderLock(db, filePath, latest));
    applyConnectionSettings(db);

    const from = readUserVersion(db);
    if (from >= latest) return { db, migratedFrom: null, backupPath: null };
    // A file at version 0 never finished being created: there is nothing in it to back up.
    const backupPath = from >= 1 ? await backupBeforeMigration(db, filePath, latest, now()) : null;
    migrateOrExplain(db, filePath, list, backupPath);
    return { db, migratedFrom: from, backupPath };
  } catch (error) {
    closeQuietly(db);
    throw explainSqliteError(error, filePath);
  }
}

/**
 * The header checks again, now as SQLite sees the file (changes still in a -wal file left by
 * a crash are included), plus a structural check of every page.
 */
function inspectUnderLock(db: Database.Database, filePath: string, latest: number): void {
  if (db.pragma('application_id', { simple: true }) !== SOURCEBOOK_APPLICATION_ID) throw refuse.foreign(filePath);
  const version = readUserVersion(db);
  if (version > latest) throw refuse.newer(filePath, version, latest);
  const problems = db.pragma('quick_check(5)') as Array<{ quick_check: string }>;
  const firstProblem = problems[0]?.quick_check;
  if (firstProblem !== 'ok') throw refuse.corrupt(filePath, firstProblem ?? 'no answer');
}

function migrateOrExplain(
  db: Database.Database,
  filePath: string,
  list: readonly Migration[],
  backupPath: string | null,
): void {
  try {
    runMigrations(db, list);
  } catch (error) {
    const reached = readUserVersion(db);
    console.error(`Migrating ${filePath} beyond schema ${reached} failed:`, error);
    const backupNote = backupPath ? ` The copy saved before the upgrade is ${backupPath}.` : '';
    throw new ServiceError(
      'INTERNAL',
      `Sourcebook could not upgrade “${path.basename(filePath)}” past schema ${reached} (${(error as Error).message}). The failed step was undone, so the file is intact at schema ${reached}.${backupNote} Please report this with the log.`,
    );
  }
}

async function createDatabase(
  filePath: string,
  list: readonly Migration[],
  initialize: ((db: Database.Database) => void) | undefined,
): Promise<OpenedDatabase> {
  checkBeforeCreating(filePath);
  try {
    // 'wx' creates the file only if nothing is there, closing the gap between check and create.
    fs.closeSync(fs.openSync(filePath, 'wx'));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw refuse.exists(filePath);
    throw error;
  }

  let db: Database.Database | undefined;
  try {
    db = connectExclusively(filePath);
    // Set while the file is still in rollback mode, so it is written to the main file at once:
    // another process reading the header must see the file is ours even while it is open here.
    db.pragma(`application_id = ${SOURCEBOOK_APPLICATION_ID}`);
    applyConnectionSettings(db);
    runMigrations(db, list);
    if (initialize) db.transaction(initialize).immediate(db);
    return { db, migratedFrom: null, backupPath: null };
  } catch (error) {
    closeQuietly(db);
    // The file is ours, just made: a half-made investigation must not be left to be found.
    for (const leftover of [filePath, ...sidecarPaths(filePath)]) fs.rmSync(leftover, { force: true });
    throw explainSqliteError(error, filePath);
  }
}

function closeQuietly(db: Database.Database | undefined): void {
  try {
    db?.close();
  } catch (error) {
    console.warn('Closing a refused database failed:', error);
  }
}
