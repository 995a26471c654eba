import type Database from 'better-sqlite3';
import {
  comparisonSpecSchema,
  type ComparisonColumn,
  type ComparisonId,
  type ComparisonSpecInput,
  type ComparisonSummary,
  type SavedComparison,
} from '../../../shared/domain/comparison';
import { ServiceError } from '../service-error';
import { readCompareContext } from './compare-context';
import { checkSpec } from './check-spec';
import { columnLabel } from './select-column';

interface ComparisonRow {
  id: number;
  name: string;
  include_claims: number;
  created_at: string;
  updated_at: string;
}

interface ColumnRow {
  position: number;
  kind: ComparisonColumn['kind'];
  label: string;
  source_id: number | null;
  date_from: string | null;
  date_to: string | null;
  speakers: string;
}

const notFound = (id: ComparisonId) => new ServiceError('NOT_FOUND', `Comparison #${id} is no longer in this investigation.`);

function refuseTakenName(db: Database.Database, name: string, exceptId: number | null): void {
  const taken = db.prepare('SELECT id FROM comparison WHERE name = ? COLLATE NOCASE AND id IS NOT ?').pluck().get(name, exceptId);
  if (taken !== undefined) throw new ServiceError('INVALID_PARAMS', `A comparison called “${name}” already exists; choose another name.`);
}

/**
 * Saves a comparison: a new one, or over the saved one with `id` (its columns and pins are
 * replaced, its id and creation time kept). Speakers are stored as they stand now (a merged
 * entity as the one it was merged into).
 */
export function saveComparison(db: Database.Database, input: ComparisonSpecInput & { id?: ComparisonId; name: string }, now = new Date().toISOString()): SavedComparison {
  const spec = comparisonSpecSchema.parse(input);
  const name = input.name.trim();
  return db.transaction(() => {
    const context = readCompareContext(db);
    const columns = checkSpec(db, context, spec);
    const id = input.id ?? null;
    if (id !== null && db.prepare('SELECT 1 FROM comparison WHERE id = ?').get(id) === undefined) throw notFound(id);
    refuseTakenName(db, name, id);
    let comparisonId: number;
    if (id === null) {
      comparisonId = Number(db.prepare('INSERT INTO comparison (name, include_claims, created_at, updated_at) VALUES (?, ?, ?, ?)').run(name, spec.includeClaims ? 1 : 0, now, now).lastInsertRowid);
    } else {
      comparisonId = id;
      db.prepare('UPDATE comparison SET name = ?, include_claims = ?, updated_at = ? WHERE id = ?').run(name, spec.includeClaims ? 1 : 0, now, id);
      db.prepare('DELETE FROM comparison_column WHERE comparison_id = ?').run(id);
      db.prepare('DELETE FROM comparison_pin WHERE comparison_id = ?').run(id);
    }
    writeColumns(db, comparisonId, columns);
    writePins(db, comparisonId, spec.pins);
    return getComparison(db, comparisonId);
  })();
}

function writeColumns(db: Database.Database, comparisonId: number, columns: readonly ComparisonColumn[]): void {
  const column = db.prepare('INSERT INTO comparison_column (comparison_id, position, kind, label, source_id, date_from, date_to) VALUES (?, ?, ?, ?, ?, ?, ?)');
  const speaker = db.prepare('INSERT OR IGNORE INTO comparison_column_speaker (comparison_id, position, entity_id) VALUES (?, ?, ?)');
  columns.forEach((entry, position) => {
    const sourceId = entry.kind === 'source' ? entry.sourceId : null;
    const [from, to] = entry.kind === 'speaker-in-dates' ? [entry.from, entry.to] : [null, null];
    column.run(comparisonId, position, entry.kind, entry.label, sourceId, from, to);
    const speakers = entry.kind === 'speakers' ? entry.speakerIds : entry.kind === 'source' ? [] : [entry.speakerId];
    for (const entityId of speakers) if (entityId !== null) speaker.run(comparisonId, position, entityId);
  });
}

function writePins(db: Database.Database, comparisonId: number, pins: readonly { cells: readonly (number | null)[] }[]): void {
  const pin = db.prepare('INSERT INTO comparison_pin (comparison_id, position) VALUES (?, ?)');
  const cell = db.prepare('INSERT INTO comparison_pin_cell (pin_id, position, annotation_id) VALUES (?, ?, ?)');
  pins.forEach(({ cells }, position) => {
    const pinId = Number(pin.run(comparisonId, position).lastInsertRowid);
    cells.forEach((annotationId, column) => {
      if (annotationId !== null) cell.run(pinId, column, annotationId);
    });
  });
}

export function getComparison(db: Database.Database, id: ComparisonId): SavedComparison {
  const row = db.prepare('SELECT * FROM comparison WHERE id = ?').get(id) as ComparisonRow | undefined;
  if (!row) throw notFound(id);
  const columns = (
    db
      .prepare(
        `SELECT c.position, c.kind, c.label, c.source_id, c.date_from, c.date_to,
           (SELECT json_group_array(entity_id) FROM (SELECT entity_id FROM comparison_column_speaker s
              WHERE s.comparison_id = c.comparison_id AND s.position = c.position ORDER BY entity_id)) AS speakers
         FROM comparison_column c WHERE c.comparison_id = ? ORDER BY c.position`,
      )
      .all(id) as ColumnRow[]
  ).map(toColumn);
  const cells = db
    .prepare('SELECT p.id AS pin, c.position, c.annotation_id AS statement FROM comparison_pin p LEFT JOIN comparison_pin_cell c ON c.pin_id = p.id WHERE p.comparison_id = ? ORDER BY p.position, c.position')
    .all(id) as Array<{ pin: number; position: number | null; statement: number | null }>;
  const pins = new Map<number, (number | null)[]>();
  for (const { pin, position, statement } of cells) {
    const row = pins.get(pin) ?? Array<number | null>(columns.length).fill(null);
    if (position !== null && position < row.length) row[position] = statement;
    pins.set(pin, row);
  }
  return {
    id: row.id,
    name: row.name,
    columns,
    includeClaims: row.include_claims === 1,
    pins: [...pins.values()].map((pinCells) => ({ cells: pinCells })),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function toColumn(row: ColumnRow): ComparisonColumn {
  const speakers = JSON.parse(row.speakers) as number[];
  switch (row.kind) {
    case 'speaker':
      return { kind: 'speaker', label: row.label, speakerId: speakers[0] ?? null };
    case 'speaker-in-dates':
      return { kind: 'speaker-in-dates', label: row.label, speakerId: speakers[0] ?? null, from: row.date_from, to: row.date_to };
    case 'speakers':
      return { kind: 'speakers', label: row.label, speakerIds: speakers };
    case 'source':
      return { kind: 'source', label: row.label, sourceId: row.source_id };
  }
}

/** The saved comparisons, most recently saved first. */
export function listComparisons(db: Database.Database): ComparisonSummary[] {
  const ids = db.prepare('SELECT id FROM comparison ORDER BY updated_at DESC, id DESC').pluck().all() as number[];
  if (ids.length === 0) return [];
  const context = readCompareContext(db);
  return ids.map((id) => {
    const saved = getComparison(db, id);
    return {
      id,
      name: saved.name,
      columnLabels: saved.columns.map((column) => columnLabel(column, context)),
      includeClaims: saved.includeClaims,
      pinCount: saved.pins.length,
      createdAt: saved.createdAt,
      updatedAt: saved.updatedAt,
    };
  });
}

export function renameComparison(db: Database.Database, id: ComparisonId, rawName: string, now = new Date().toISOString()): SavedComparison {
  const name = rawName.trim();
  return db.transaction(() => {
    getComparison(db, id);
    refuseTakenName(db, name, id);
    db.prepare('UPDATE comparison SET name = ?, updated_at = ? WHERE id = ?').run(name, now, id);
    return getComparison(db, id);
  })();
}

/** Deletes a saved comparison and returns it whole, so it can be saved again. */
export function deleteComparison(db: Database.Database, id: ComparisonId): SavedComparison {
  return db.transaction(() => {
    const saved = getComparison(db, id);
    db.prepare('DELETE FROM comparison WHERE id = ?').run(id);
    return saved;
  })();
}
