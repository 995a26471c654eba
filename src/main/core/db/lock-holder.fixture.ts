/**
 * Run by the tests in a separate Node process (through tsx): opens an investigation the way
 * the app does, runs the SQL given after the path (if any), and keeps the file open until its
 * stdin closes or it is killed, so the test can see what a second running Sourcebook sees, or
 * what a crash leaves behind.
 */
import type Database from 'better-sqlite3';
import { closeInvestigationDatabase } from './close';
import { openInvestigationDatabase } from './open-investigation-database';

// Kept in a module variable: an unreferenced connection is garbage-collected and closed,
// which would release the lock this process is here to hold.
let held: Database.Database | undefined;

async function main(): Promise<void> {
  const filePath = process.argv[2];
  const sql = process.argv[3];
  if (!filePath) throw new Error('usage: lock-holder.fixture.ts FILE [SQL]');
  try {
    held = (await openInvestigationDatabase(filePath, { mode: 'open' })).db;
    if (sql) held.exec(sql);
    process.stdout.write('opened\n');
  } catch (error) {
    process.stdout.write(`refused ${(error as { code?: string }).code ?? String(error)}\n`);
    process.exit(0);
  }
  // Held until the test lets go; also ends the process if the test runner itself dies.
  process.stdin.resume();
  process.stdin.on('end', () => {
    if (held) closeInvestigationDatabase(held);
    process.exit(0);
  });
}

void main();
