import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { ServiceError } from '../service-error';
import { backupBeforeMigration } from './backup';
import {
  applyConnectionSettings,
  applyJournalIndependentSettings,
  connectExclusively,
  connectReadOnly,
  lockAndInspect,
} from './connection';
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
  /** Create only: fills the new file (in the transaction that creates it) before it is handed back. */
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
  // Changes a crash left in the WAL can make a file one to refuse. A read-write connection
  // would fold them into the main file when it closes, even after a refusal, so such a file is
  // judged first from a connection that cannot write.
  if (hasWalContent(filePath)) {
    try {
      inspectReadOnly(filePath, latest);
    } catch (error) {
      throw explainSqliteError(error, filePath);
    }
  }

  let db: Database.Database;
  try {
    db = connectExclusively(filePath);
  } catch (error) {
    throw explainSqliteError(error, filePath);
  }
  try {
    lockAndInspect(db, () => inspectContent(db, filePath, latest));
    applyConnectionSettings(db);

    const from = readUserVersion(db);
    if (from >= latest) return { db, migratedFrom: null, backupPath: null };
    const backupPath = await backupBeforeMigration(db, filePath, latest, now());
    migrateOrExplain(db, filePath, list, backupPath);
    return { db, migratedFrom: from, backupPath };
  } catch (error) {
    closeQuietly(db);
    throw explainSqliteError(error, filePath);
  }
}

function hasWalContent(filePath: string): boolean {
  try {
    return fs.statSync(`${filePath}-wal`).size > 0;
  } catch {
    return false;
  }
}

/**
 * The checks of `inspectContent` from a read-only connection, which leaves the file and its
 * WAL as they are. SQLite makes a -shm file beside a WAL file it reads; one made here is
 * removed again (an existing one belongs to whoever made it).
 */
function inspectReadOnly(filePath: string, latest: number): void {
  const shm = `${filePath}-shm`;
  const shmWasThere = fs.existsSync(shm);
  let db: Database.Database | undefined;
  try {
    db = connectReadOnly(filePath);
    // One read transaction, so every check sees the same state of the file.
    db.exec('BEGIN');
    inspectContent(db, filePath, latest);
    db.exec('COMMIT');
  } finally {
    closeQuietly(db);
    if (!shmWasThere) {
      try {
        fs.rmSync(shm, { force: true });
      } catch (error) {
        console.warn(`Could not remove ${shm}, made while checking the file:`, error);
      }
    }
  }
}

/**
 * The header checks again, now as SQLite sees the file (changes still in a -wal file left by
 * a crash are included), plus a structural check of every page.
 */
function inspectContent(db: Database.Database, filePath: string, latest: number): void {
  if (db.pragma('application_id', { simple: true }) !== SOURCEBOOK_APPLICATION_ID) {
    // No pages at all: SQLite rolled back a creation that a crash interrupted.
    if (db.pragma('page_count', { simple: true }) === 0) throw refuse.empty(filePath);
    throw refuse.foreign(filePath);
  }
  const version = readUserVersion(db);
  if (version > latest) throw refuse.newer(filePath, version, latest);
  const problems = db.pragma('quick_check(5)') as Array<{ quick_check: string }>;
  const firstProblem = problems[0]?.quick_check;
  if (firstProblem !== 'ok') throw refuse.corrupt(filePath, firstProblem ?? 'no answer');
  // Ours, but no schema: creating a file writes its schema in the same transaction as its mark
  // (createDatabase), so this is a copy of the main file without the -wal that held its content.
  if (version === 0) throw refuse.incomplete(filePath);
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
    applyJournalIndependentSettings(db);
    // The whole new file (its Sourcebook mark, schema and first content) is one transaction,
    // written while the file is still in rollback mode: it lands in the main file at once, and
    // a crash midway leaves an empty file (refused as such), never a half-made investigation.
    // Another process reading the header sees the file is ours as soon as it has content.
    db.transaction(() => {
      db!.pragma(`application_id = ${SOURCEBOOK_APPLICATION_ID}`);
      runMigrations(db!, list);
      initialize?.(db!);
    }).immediate();
    applyConnectionSettings(db);
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
