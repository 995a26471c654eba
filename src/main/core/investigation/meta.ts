import path from 'node:path';
import type Database from 'better-sqlite3';
import type { InvestigationInfo } from '../../../shared/domain/investigation';
import { readUserVersion } from '../db';
import { countSources } from '../sources';
import { investigationNameFrom } from './names';

export interface InvestigationMeta {
  name: string;
  description: string;
  createdAt: string;
  isSample: boolean;
}

interface MetaRow {
  name: string;
  description: string;
  created_at: string;
  is_sample: number;
}

export function writeInitialMeta(
  db: Database.Database,
  meta: { name: string; description?: string; isSample?: boolean; appVersion: string; createdAt?: string },
): void {
  db.prepare(
    `INSERT INTO investigation (id, name, description, created_at, created_by_version, is_sample)
     VALUES (1, ?, ?, ?, ?, ?)`,
  ).run(
    meta.name,
    meta.description ?? '',
    meta.createdAt ?? new Date().toISOString(),
    meta.appVersion,
    meta.isSample ? 1 : 0,
  );
}

/**
 * The file's meta row. Sourcebook writes it in the transaction that creates the file; a file
 * without one (from an earlier version whose creation a crash interrupted, say) gets one named
 * after the file rather than being refused. A name is always handed out as the contract allows
 * (trimmed, at most 200 characters), whatever an earlier version stored.
 */
export function readMeta(db: Database.Database, filePath: string, appVersion: string): InvestigationMeta {
  const select = db.prepare('SELECT name, description, created_at, is_sample FROM investigation WHERE id = 1');
  let row = select.get() as MetaRow | undefined;
  if (!row) {
    const fallbackName = investigationNameFrom(path.basename(filePath, path.extname(filePath)));
    writeInitialMeta(db, { name: fallbackName, appVersion });
    row = select.get() as MetaRow;
  }
  return {
    name: investigationNameFrom(row.name),
    description: row.description,
    createdAt: row.created_at,
    isSample: row.is_sample === 1,
  };
}

export function updateMeta(db: Database.Database, changes: { name?: string; description?: string }): void {
  db.prepare(
    `UPDATE investigation
     SET name = coalesce(@name, name), description = coalesce(@description, description), updated_at = @now
     WHERE id = 1`,
  ).run({ name: changes.name ?? null, description: changes.description ?? null, now: new Date().toISOString() });
}

export function describeInvestigation(
  db: Database.Database,
  filePath: string,
  appVersion: string,
): Omit<InvestigationInfo, 'upgrade'> {
  const meta = readMeta(db, filePath, appVersion);
  return {
    name: meta.name,
    description: meta.description,
    path: filePath,
    fileName: path.basename(filePath),
    createdAt: meta.createdAt,
    schemaVersion: readUserVersion(db),
    sourceCount: countSources(db),
    isSample: meta.isSample,
  };
}
