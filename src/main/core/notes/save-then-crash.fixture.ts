/**
 * Run by note-repository.test.ts in a separate Node process (through tsx): opens an
 * investigation as the app does, saves a note's text, says "saved <id>", and waits to be
 * killed, so the test can check that a save which returned survives a crash.
 */
import type Database from 'better-sqlite3';
import { openInvestigationDatabase } from '../db/open-investigation-database';
import { createNote, saveNoteContent } from './note-repository';

// Kept in a module variable so the connection is not garbage-collected (and closed) early.
let held: Database.Database | undefined;

async function main(): Promise<void> {
  const [filePath, text] = process.argv.slice(2);
  if (!filePath || text === undefined) throw new Error('usage: save-then-crash.fixture.ts FILE TEXT');
  held = (await openInvestigationDatabase(filePath, { mode: 'open' })).db;
  const note = createNote(held, 'Crash test');
  const content = JSON.stringify({ root: { type: 'root', children: [{ type: 'paragraph', children: [{ type: 'text', text }] }] } });
  saveNoteContent(held, { id: note.id, content, plainText: text, baseUpdatedAt: note.updatedAt });
  process.stdout.write(`saved ${note.id}\n`);
  process.stdin.resume();
}

void main();
