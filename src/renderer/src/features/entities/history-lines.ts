import type { ResultOf } from '../../../../shared/contract';
import { entityTypeLabel } from './entity-types';

export type AuditRecord = ResultOf<'entities.history'>[number];

export interface FieldChange {
  field: string;
  before: string;
  after: string;
}

export interface HistoryLine {
  /** "Edited", "Merged “Halden” into this entity", … */
  summary: string;
  changes: FieldChange[];
  /** False for a creation: its fields had no "before", only first values. */
  showsBefore: boolean;
}

/** The fields of an entity as the audit log stored them; read loosely, old entries may lack some. */
interface Snapshot {
  name?: unknown;
  type?: unknown;
  aliases?: unknown;
  description?: unknown;
  money?: unknown;
  date?: unknown;
}

const DESCRIPTION_SHOWN = 120;

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

function shown(field: keyof Snapshot, value: unknown): string {
  switch (field) {
    case 'type':
      return entityTypeLabel[value as keyof typeof entityTypeLabel] ?? text(value);
    case 'aliases':
      return Array.isArray(value) && value.length > 0 ? value.join(', ') : '';
    case 'description': {
      const description = text(value);
      return description.length > DESCRIPTION_SHOWN ? `${description.slice(0, DESCRIPTION_SHOWN - 1)}…` : description;
    }
    case 'money':
      return isObject(value) && typeof value.amount === 'number' ? `${value.amount.toLocaleString()} ${text(value.currency)}` : '';
    default:
      return text(value);
  }
}

const fieldLabel: Record<keyof Snapshot, string> = {
  name: 'Name',
  type: 'Type',
  aliases: 'Aliases',
  description: 'Description',
  money: 'Amount',
  date: 'Date',
};

/** The fields that differ between two snapshots, as they would be read on screen. */
export function changedFields(before: unknown, after: unknown): FieldChange[] {
  const from: Snapshot = isObject(before) ? before : {};
  const to: Snapshot = isObject(after) ? after : {};
  return (Object.keys(fieldLabel) as Array<keyof Snapshot>)
    .map((field) => ({ field: fieldLabel[field], before: shown(field, from[field]), after: shown(field, to[field]) }))
    .filter((change) => change.before !== change.after);
}

/**
 * One audit record in words. `nameOf` names other entities a record points at by id (the
 * one merged into, the one brought back); an entity no longer known is named by its number.
 */
export function describeAuditRecord(record: AuditRecord, nameOf: (id: number) => string | null): HistoryLine {
  const before = isObject(record.before) ? record.before : {};
  const after = isObject(record.after) ? record.after : {};
  const named = (id: unknown) => (typeof id === 'number' ? `“${nameOf(id) ?? `entity #${id}`}”` : 'another entity');
  switch (record.action) {
    case 'create':
      return { summary: `Created as ${shown('type', after.type).toLowerCase() || 'an entity'}`, changes: changedFields({}, after), showsBefore: false };
    case 'update':
      return { summary: 'Edited', changes: changedFields(record.before, record.after), showsBefore: true };
    case 'merge': {
      const merged = isObject(before.merged) ? text(before.merged.name) : '';
      return {
        summary: `Merged “${merged || 'another entity'}” into this one`,
        changes: changedFields(before.into, after.entity).filter((change) => change.field === 'Aliases'),
        showsBefore: true,
      };
    }
    case 'merged-into':
      return { summary: `Merged into ${named(after.intoId)}`, changes: [], showsBefore: true };
    case 'undo-merge':
      return { summary: `Undid the merge of ${named(after.restoredId)}`, changes: [], showsBefore: true };
    case 'unmerged':
      return { summary: 'Brought back: its merge was undone', changes: [], showsBefore: true };
    default:
      return { summary: record.action, changes: changedFields(record.before, record.after), showsBefore: true };
  }
}
