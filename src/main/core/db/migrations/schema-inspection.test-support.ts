import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { onTestFinished } from 'vitest';
import { openInvestigationDatabase } from '../open-investigation-database';
import { makeTempDir } from '../test-support';
import { migrations } from './index';

/**
 * A fresh investigation file migrated up to `version` only, open for a migration's test;
 * closed and removed when the test ends.
 */
export async function databaseAtVersion(version: number): Promise<Database.Database> {
  const dir = makeTempDir();
  const { db } = await openInvestigationDatabase(path.join(dir, `at-v${version}.sourcebook`), {
    mode: 'create',
    migrations: migrations.slice(0, version),
  });
  onTestFinished(() => {
    if (db.open) db.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });
  return db;
}

export interface ColumnInfo {
  name: string;
  type: string;
  notnull: 0 | 1;
  pk: number;
}

export function columnsOf(db: Database.Database, table: string): ColumnInfo[] {
  return (db.pragma(`table_info(${table})`) as ColumnInfo[]).map(({ name, type, notnull, pk }) => ({
    name,
    type,
    notnull,
    pk,
  }));
}

export function isStrict(db: Database.Database, table: string): boolean {
  const row = db.prepare('SELECT strict FROM pragma_table_list WHERE name = ?').get(table) as
    | { strict: number }
    | undefined;
  return row?.strict === 1;
}

export function triggersOn(db: Database.Database, table: string): string[] {
  return db
    .prepare("SELECT name FROM sqlite_schema WHERE type = 'trigger' AND tbl_name = ? ORDER BY name")
    .pluck()
    .all(table) as string[];
}
