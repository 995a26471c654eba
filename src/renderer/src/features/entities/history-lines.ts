import { diffFields, isRecord, shortened, textOf, type AuditRecord, type FieldReader, type HistoryLine } from './audit-diff';
import { entityTypeLabel } from './entity-types';

export type { AuditRecord, FieldChange, HistoryLine } from './audit-diff';

const DESCRIPTION_SHOWN = 120;

function typeName(value: unknown): string {
  return entityTypeLabel[value as keyof typeof entityTypeLabel] ?? textOf(value);
}

/** An entity's fields, as the audit log stored them and as they read on screen. */
const ENTITY_FIELDS: readonly FieldReader[] = [
  { label: 'Name', read: (entity) => textOf(entity.name) },
  { label: 'Type', read: (entity) => typeName(entity.type) },
  { label: 'Aliases', read: (entity) => (Array.isArray(entity.aliases) ? entity.aliases.join(', ') : '') },
  { label: 'Description', read: (entity) => shortened(textOf(entity.description), DESCRIPTION_SHOWN) },
  {
    label: 'Amount',
    read: ({ money }) => (isRecord(money) && typeof money.amount === 'number' ? `${money.amount.toLocaleString()} ${textOf(money.currency)}` : ''),
  },
  { label: 'Date', read: (entity) => textOf(entity.date) },
];

/** The fields that differ between two snapshots of an entity, as they would be read on screen. */
export function changedFields(before: unknown, after: unknown) {
  return diffFields(before, after, ENTITY_FIELDS);
}

/**
 * One audit record of an entity in words. `nameOf` names other entities a record points at
 * by id (the one merged into, the one brought back); an entity no longer known is named by
 * its number.
 */
export function describeAuditRecord(record: AuditRecord, nameOf: (id: number) => string | null): HistoryLine {
  const before = isRecord(record.before) ? record.before : {};
  const after = isRecord(record.after) ? record.after : {};
  const named = (id: unknown) => (typeof id === 'number' ? `“${nameOf(id) ?? `entity #${id}`}”` : 'another entity');
  switch (record.action) {
    case 'create':
      return { summary: `Created as ${typeName(after.type).toLowerCase() || 'an entity'}`, changes: changedFields({}, after), showsBefore: false };
    case 'update':
      return { summary: 'Edited', changes: changedFields(record.before, record.after), showsBefore: true };
    case 'merge': {
      const merged = isRecord(before.merged) ? textOf(before.merged.name) : '';
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
