import type Database from 'better-sqlite3';
import { timelineEntryInputSchema, type TimelineEntry, type TimelineEntryInput } from '../../../shared/domain/timeline';
import { ServiceError } from '../service-error';
import { dateInWords } from '../analysis/suggestions/describe';
import { firstDayOf, isCalendarDate } from './timeline-dates';

/** An entry as stored, with its times. */
export interface StoredEntry extends TimelineEntry {
  createdAt: string;
  updatedAt: string;
}

interface EntryRow {
  id: number;
  what: string;
  starts_on: string;
  ends_on: string | null;
  approximate: number;
  note: string;
  created_at: string;
  updated_at: string;
  entities: string;
}

const SELECT = `
  SELECT t.*, (SELECT json_group_array(entity_id) FROM timeline_entry_entity WHERE entry_id = t.id) AS entities
  FROM timeline_entry t`;

function toEntry(row: EntryRow): StoredEntry {
  return {
    id: row.id,
    what: row.what,
    startsOn: row.starts_on,
    endsOn: row.ends_on,
    approximate: row.approximate === 1,
    entityIds: (JSON.parse(row.entities) as number[]).sort((a, b) => a - b),
    note: row.note,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function listEntries(db: Database.Database): StoredEntry[] {
  return (db.prepare(`${SELECT} ORDER BY t.id`).all() as EntryRow[]).map(toEntry);
}

export function getEntry(db: Database.Database, id: number): StoredEntry | null {
  const row = db.prepare(`${SELECT} WHERE t.id = ?`).get(id) as EntryRow | undefined;
  return row ? toEntry(row) : null;
}

function requireEntry(db: Database.Database, id: number): StoredEntry {
  const entry = getEntry(db, id);
  if (!entry) throw new ServiceError('NOT_FOUND', `Timeline entry #${id} is no longer in this investigation.`);
  return entry;
}

/** The input checked beyond its schema: real calendar days, an end not before the start, entities that exist. */
function checkedInput(db: Database.Database, raw: TimelineEntryInput) {
  const input = timelineEntryInputSchema.parse(raw);
  for (const date of [input.startsOn, input.endsOn]) {
    if (date !== null && !isCalendarDate(date)) throw new ServiceError('INVALID_PARAMS', `${date} is not a day of the calendar.`);
  }
  const endsOn = input.endsOn === input.startsOn ? null : input.endsOn;
  // "May 2018 to 2018" is refused too: an end that begins before the start reads as a slip.
  if (endsOn !== null && firstDayOf(endsOn) < firstDayOf(input.startsOn)) {
    throw new ServiceError('INVALID_PARAMS', `The end (${dateInWords(endsOn)}) begins before the start (${dateInWords(input.startsOn)}).`);
  }
  const entityIds = [...new Set(input.entityIds)].sort((a, b) => a - b);
  const exists = db.prepare('SELECT e.merged_into, m.name AS into_name FROM entity e LEFT JOIN entity m ON m.id = e.merged_into WHERE e.id = ?');
  for (const id of entityIds) {
    const row = exists.get(id) as { merged_into: number | null; into_name: string | null } | undefined;
    if (!row) throw new ServiceError('NOT_FOUND', `Entity #${id} is not in this investigation; it may have been removed.`);
    if (row.merged_into !== null) throw new ServiceError('INVALID_PARAMS', `Entity #${id} was merged into ${row.into_name ?? `#${row.merged_into}`}; link that one instead.`);
  }
  return { ...input, what: input.what.trim(), endsOn, entityIds };
}

function writeLinks(db: Database.Database, id: number, entityIds: readonly number[]): void {
  db.prepare('DELETE FROM timeline_entry_entity WHERE entry_id = ?').run(id);
  const link = db.prepare('INSERT INTO timeline_entry_entity (entry_id, entity_id) VALUES (?, ?)');
  for (const entityId of entityIds) link.run(id, entityId);
}

/** Adds an entry; with `id`, puts a deleted one back under its own id (undo). */
export function addEntry(db: Database.Database, raw: TimelineEntryInput & { id?: number }, now = new Date().toISOString()): StoredEntry {
  return db.transaction(() => {
    const input = checkedInput(db, raw);
    if (raw.id !== undefined && getEntry(db, raw.id)) throw new ServiceError('INVALID_PARAMS', `Timeline entry #${raw.id} already exists.`);
    const result = db
      .prepare(
        `INSERT INTO timeline_entry (id, what, starts_on, ends_on, approximate, note, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(raw.id ?? null, input.what, input.startsOn, input.endsOn, input.approximate ? 1 : 0, input.note, now, now);
    const id = Number(result.lastInsertRowid);
    writeLinks(db, id, input.entityIds);
    return requireEntry(db, id);
  })();
}

export function updateEntry(db: Database.Database, id: number, raw: TimelineEntryInput, now = new Date().toISOString()): StoredEntry {
  return db.transaction(() => {
    requireEntry(db, id);
    const input = checkedInput(db, raw);
    db.prepare('UPDATE timeline_entry SET what = ?, starts_on = ?, ends_on = ?, approximate = ?, note = ?, updated_at = ? WHERE id = ?').run(
      input.what,
      input.startsOn,
      input.endsOn,
      input.approximate ? 1 : 0,
      input.note,
      now,
      id,
    );
    writeLinks(db, id, input.entityIds);
    return requireEntry(db, id);
  })();
}

/** Deletes an entry and returns it whole, as restoreEntry takes it back. */
export function deleteEntry(db: Database.Database, id: number): TimelineEntry {
  return db.transaction(() => {
    const { createdAt: _createdAt, updatedAt: _updatedAt, ...entry } = requireEntry(db, id);
    db.prepare('DELETE FROM timeline_entry WHERE id = ?').run(id);
    return entry;
  })();
}
