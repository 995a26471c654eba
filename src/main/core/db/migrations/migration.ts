import type Database from 'better-sqlite3';

/**
 * One schema change. `up` runs inside a transaction that also sets `user_version` to
 * `version`, so a file is always at exactly one known version. Once released, a migration is
 * never edited: a later change is a new migration.
 */
export interface Migration {
  readonly version: number;
  readonly name: string;
  up(db: Database.Database): void;
}
