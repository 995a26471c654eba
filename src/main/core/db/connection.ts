import Database from 'better-sqlite3';

/** How long to wait for another process's lock before saying the file is open elsewhere. */
const LOCK_WAIT_MS = 100;
/** Once the file is ours, brief waits (a checkpoint, say) should wait rather than fail. */
const BUSY_TIMEOUT_MS = 5000;

/**
 * A connection in exclusive locking mode, set before SQLite first reads the file. With WAL and
 * exclusive locking SQLite keeps the WAL index in its own memory (no -shm file) and holds an
 * OS lock on the file until the connection closes, so a second running Sourcebook cannot open
 * it, and the lock disappears with the process if it dies: there is no stale lock file.
 */
export function connectExclusively(filePath: string): Database.Database {
  const db = new Database(filePath, { fileMustExist: true, timeout: LOCK_WAIT_MS });
  try {
    db.pragma('locking_mode = EXCLUSIVE');
    return db;
  } catch (error) {
    db.close();
    throw error;
  }
}

/**
 * Runs `inspect` in an IMMEDIATE transaction, which takes the file lock now rather than at
 * some later first write: if another process holds the file, this is where SQLITE_BUSY comes.
 * Nothing is written, so a file refused by `inspect` is left as it was.
 */
export function lockAndInspect<T>(db: Database.Database, inspect: () => T): T {
  db.exec('BEGIN IMMEDIATE');
  try {
    const result = inspect();
    db.exec('COMMIT');
    return result;
  } catch (error) {
    if (db.inTransaction) db.exec('ROLLBACK');
    throw error;
  }
}

/**
 * A read-only connection, for looking at a file before anything may write it. SQLite never
 * checkpoints or deletes a WAL from a read-only connection, so a file that is then refused is
 * left byte for byte as it was (see `inspectReadOnly`).
 */
export function connectReadOnly(filePath: string): Database.Database {
  return new Database(filePath, { readonly: true, fileMustExist: true, timeout: LOCK_WAIT_MS });
}

/** The settings every investigation connection runs with (see ARCHITECTURE.md §2). */
export function applyConnectionSettings(db: Database.Database): void {
  const mode = db.pragma('journal_mode = WAL', { simple: true });
  if (mode !== 'wal') throw new Error(`SQLite refused WAL mode (journal_mode is ${String(mode)})`);
  applyJournalIndependentSettings(db);
}

/** The settings that do not depend on the journal mode, so a new file can have them from the start. */
export function applyJournalIndependentSettings(db: Database.Database): void {
  // A reporter's notes matter more than a millisecond: FULL syncs the WAL on every commit.
  db.pragma('synchronous = FULL');
  db.pragma('foreign_keys = ON');
  db.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
}
