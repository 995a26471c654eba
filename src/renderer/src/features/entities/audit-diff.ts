import type { ResultOf } from '../../../../shared/contract';

/** One entry of an audit log (an entity's, a claim's, an annotation's), as the services send it. */
export type AuditRecord = ResultOf<'entities.history'>[number];

export interface FieldChange {
  field: string;
  before: string;
  after: string;
}

/** One audit record in words, as a history list shows it. */
export interface HistoryLine {
  /** "Edited", "Merged “Halden” into this entity", … */
  summary: string;
  changes: FieldChange[];
  /** False for a creation: its fields had no "before", only first values. */
  showsBefore: boolean;
}

/** A field as a reporter reads it, from a snapshot the log stored; "" when it has no value. */
export interface FieldReader {
  label: string;
  read(snapshot: Record<string, unknown>): string;
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function textOf(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

/** A long text cut to `length` characters with "…", so a history line stays one glance long. */
export function shortened(text: string, length: number): string {
  return text.length > length ? `${text.slice(0, length - 1)}…` : text;
}

/**
 * The fields that differ between two snapshots, in the order of `fields`, each read as on
 * screen. Snapshots are read loosely: an old log entry may lack fields added since.
 */
export function diffFields(before: unknown, after: unknown, fields: readonly FieldReader[]): FieldChange[] {
  const from = isRecord(before) ? before : {};
  const to = isRecord(after) ? after : {};
  return fields
    .map((field) => ({ field: field.label, before: field.read(from), after: field.read(to) }))
    .filter((change) => change.before !== change.after);
}
