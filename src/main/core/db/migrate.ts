import type Database from 'better-sqlite3';
import type { Migration } from './migrations';

export function readUserVersion(db: Database.Database): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/**
 * Applies every migration above the file's version, each in its own transaction that also
 * records the new `user_version`: if one fails, the file stays at the last version that fully
 * applied, never somewhere in between.
 */
export function runMigrations(db: Database.Database, list: readonly Migration[]): number {
  let version = readUserVersion(db);
  for (const migration of list) {
    if (migration.version <= version) continue;
    const apply = db.transaction(() => {
      migration.up(db);
      // PRAGMA takes no bound parameters; the version is an integer from our own table.
      db.pragma(`user_version = ${Math.trunc(migration.version)}`);
    });
    apply.immediate();
    version = migration.version;
  }
  return version;
}
