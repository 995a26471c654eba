import type Database from 'better-sqlite3';
import {
  DEFAULT_NOTE_TITLE,
  NOTE_EXCERPT_CHARS,
  emptyNoteContent,
  noteContentSchema,
  type NoteDetail,
  type NoteId,
  type NoteSaveResult,
  type NoteSummary,
} from '../../../shared/domain/note';
import { ServiceError } from '../service-error';
import { noteExcerpt } from './note-excerpt';
import { nextNoteVersion } from './note-version';

interface NoteRow {
  id: number;
  title: string;
  content: string;
  created_at: string;
  updated_at: string;
}

interface SummaryRow extends Omit<NoteRow, 'content'> {
  text_start: string;
}

// A little more than the excerpt shows, so collapsing blank lines still leaves enough text.
const SUMMARY_COLUMNS = `id, title, created_at, updated_at, substr(plain_text, 1, ${NOTE_EXCERPT_CHARS * 2}) AS text_start`;

export function listNotes(db: Database.Database): NoteSummary[] {
  const rows = db.prepare(`SELECT ${SUMMARY_COLUMNS} FROM note ORDER BY updated_at DESC, id DESC`).all() as SummaryRow[];
  return rows.map(toSummary);
}

export function getNoteSummary(db: Database.Database, id: NoteId): NoteSummary | null {
  const row = db.prepare(`SELECT ${SUMMARY_COLUMNS} FROM note WHERE id = ?`).get(id) as SummaryRow | undefined;
  return row ? toSummary(row) : null;
}

export function getNote(db: Database.Database, id: NoteId): NoteDetail | null {
  const row = db.prepare('SELECT id, title, content, created_at, updated_at FROM note WHERE id = ?').get(id) as NoteRow | undefined;
  return row ? toDetail(row) : null;
}

export function createNote(db: Database.Database, title: string = DEFAULT_NOTE_TITLE, now: Date = new Date()): NoteDetail {
  const at = now.toISOString();
  const { lastInsertRowid } = db
    .prepare('INSERT INTO note (title, content, plain_text, created_at, updated_at) VALUES (?, ?, ?, ?, ?)')
    .run(title, JSON.stringify(emptyNoteContent()), '', at, at);
  return getNote(db, Number(lastInsertRowid))!;
}

/** A new title only: the text and its version stay, so an editor saving the text is not refused. */
export function renameNote(db: Database.Database, id: NoteId, title: string): { note: NoteSummary; changed: boolean } {
  return db.transaction(() => {
    const before = getNoteSummary(db, id);
    if (!before) throw noteMissing(id);
    if (before.title === title) return { note: before, changed: false };
    db.prepare('UPDATE note SET title = ? WHERE id = ?').run(title, id);
    return { note: { ...before, title }, changed: true };
  })();
}

export interface NoteSave {
  id: NoteId;
  /** The editor state as JSON text; stored as given once it is known to be one. */
  content: string;
  plainText: string;
  /** The version the editor's text was based on; absent to store regardless. */
  baseUpdatedAt?: string;
}

/**
 * Stores a note's text in one transaction, which is committed (and, with synchronous=FULL,
 * on disk) before this returns. A save based on a version other than the stored one writes
 * nothing and hands back the stored note, so an older text never replaces a newer one; saving
 * the text already stored (a retried request) changes nothing and succeeds.
 */
export function saveNoteContent(db: Database.Database, save: NoteSave, now: Date = new Date()): { result: NoteSaveResult; changed: boolean } {
  const content = checkedContent(save.content);
  return db.transaction((): { result: NoteSaveResult; changed: boolean } => {
    const stored = db.prepare('SELECT id, title, content, created_at, updated_at FROM note WHERE id = ?').get(save.id) as
      | NoteRow
      | undefined;
    if (!stored) throw noteMissing(save.id);
    if (stored.content === content) return { result: { status: 'saved', updatedAt: stored.updated_at }, changed: false };
    if (save.baseUpdatedAt !== undefined && save.baseUpdatedAt !== stored.updated_at) {
      return { result: { status: 'conflict', note: toDetail(stored) }, changed: false };
    }
    const updatedAt = nextNoteVersion(stored.updated_at, now);
    db.prepare('UPDATE note SET content = ?, plain_text = ?, updated_at = ? WHERE id = ?').run(content, save.plainText, updatedAt, save.id);
    return { result: { status: 'saved', updatedAt }, changed: true };
  })();
}

export function deleteNote(db: Database.Database, id: NoteId): { deleted: boolean } {
  return { deleted: db.prepare('DELETE FROM note WHERE id = ?').run(id).changes > 0 };
}

/** The contract only bounds the text; this is where it is known to be an editor state. */
function checkedContent(text: string): string {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new ServiceError('INVALID_PARAMS', 'The note’s content is not valid JSON; nothing was saved.');
  }
  if (!noteContentSchema.safeParse(value).success) {
    throw new ServiceError('INVALID_PARAMS', 'The note’s content is not an editor state (a root holding blocks); nothing was saved.');
  }
  return text;
}

function noteMissing(id: NoteId): ServiceError {
  return new ServiceError('NOT_FOUND', `There is no note #${id} in this investigation; it may have been deleted in another window.`);
}

function toSummary(row: SummaryRow): NoteSummary {
  return { id: row.id, title: row.title, excerpt: noteExcerpt(row.text_start), createdAt: row.created_at, updatedAt: row.updated_at };
}

function toDetail(row: NoteRow): NoteDetail {
  return { id: row.id, title: row.title, content: row.content, createdAt: row.created_at, updatedAt: row.updated_at };
}
