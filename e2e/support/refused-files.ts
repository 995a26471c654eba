import Database from 'better-sqlite3';
import { chmodSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/** A consistent copy of a (closed) investigation, made with SQLite's backup API. */
async function copyInvestigation(from: string, to: string): Promise<void> {
  const source = new Database(from, { readonly: true });
  try {
    await source.backup(to);
  } finally {
    source.close();
  }
}

/**
 * Files Sourcebook must refuse, made the way they turn up on a reporter's disk: a renamed PDF,
 * another app's database, a file from a newer Sourcebook, an empty file, a read-only copy.
 */
export async function makeRefusedFiles(dir: string, validInvestigation: string) {
  const empty = path.join(dir, 'empty.sourcebook');
  writeFileSync(empty, '');

  const notSqlite = path.join(dir, 'renamed-report.sourcebook');
  writeFileSync(notSqlite, '%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n');

  const foreign = path.join(dir, 'contacts.sourcebook');
  const other = new Database(foreign);
  other.exec("CREATE TABLE contacts (name TEXT, phone TEXT); INSERT INTO contacts VALUES ('A', '1');");
  other.close();

  // A real investigation whose schema a future version moved on.
  const newer = path.join(dir, 'from-the-future.sourcebook');
  await copyInvestigation(validInvestigation, newer);
  const future = new Database(newer);
  future.pragma('user_version = 999');
  future.pragma('journal_mode = DELETE');
  future.close();

  const readOnly = path.join(dir, 'read-only.sourcebook');
  await copyInvestigation(validInvestigation, readOnly);
  chmodSync(readOnly, 0o444);

  return { empty, notSqlite, foreign, newer, readOnly };
}
