import type { AnnotationKind } from '../../../../shared/domain/annotation';
import { diffFields, isRecord, shortened, textOf, type AuditRecord, type FieldReader, type HistoryLine } from '../entities/audit-diff';
import { formatPartialDate } from '../../ui/format-date';
import { CLAIM_STATUS_LABELS } from './claim-statuses';
import { kindInfo } from './kinds';

const NOTE_SHOWN = 120;

/** Names an entity by id; null when it is not known (any more). */
export type NameOf = (id: number) => string | null;

const KINDS: readonly AnnotationKind[] = ['quote', 'mention', 'claim', 'event', 'comment'];

function kindOf(snapshot: unknown): AnnotationKind | null {
  const kind = isRecord(snapshot) ? snapshot.kind : null;
  return KINDS.includes(kind as AnnotationKind) ? (kind as AnnotationKind) : null;
}

/** A field of the kind's own part of the snapshot (`quote`, `claim` or `event`). */
function part(snapshot: Record<string, unknown>, kind: 'quote' | 'claim' | 'event', field: string): unknown {
  const fields = snapshot[kind];
  return isRecord(fields) ? fields[field] : undefined;
}

function dateText(value: unknown): string {
  return typeof value === 'string' && value ? formatPartialDate(value) : '';
}

function entityName(value: unknown, nameOf: NameOf): string {
  return typeof value === 'number' ? (nameOf(value) ?? `entity #${value}`) : '';
}

/** Each kind's fields in the order of the inspector, read as a reporter reads them. */
function fieldsOf(kind: AnnotationKind | null, nameOf: NameOf): FieldReader[] {
  const note: FieldReader = { label: kind === 'comment' ? 'Comment' : 'Notes', read: (a) => shortened(textOf(a.note), NOTE_SHOWN) };
  switch (kind) {
    case 'quote':
      return [
        { label: 'Speaker', read: (a) => entityName(part(a, 'quote', 'speakerId'), nameOf) },
        { label: 'Said on', read: (a) => dateText(part(a, 'quote', 'saidOn')) },
        { label: 'Channel', read: (a) => textOf(part(a, 'quote', 'channel')) },
        { label: 'Addressed to', read: (a) => textOf(part(a, 'quote', 'addressedTo')) },
        { label: 'Quoted', read: (a) => ({ true: 'Directly', false: 'Paraphrased' })[String(part(a, 'quote', 'direct'))] ?? '' },
        note,
      ];
    case 'claim':
      return [
        { label: 'Speaker', read: (a) => entityName(part(a, 'claim', 'speakerId'), nameOf) },
        { label: 'Status', read: (a) => CLAIM_STATUS_LABELS[part(a, 'claim', 'status') as keyof typeof CLAIM_STATUS_LABELS] ?? textOf(part(a, 'claim', 'status')) },
        { label: 'Claimed on', read: (a) => dateText(part(a, 'claim', 'claimedOn')) },
        note,
      ];
    case 'event':
      return [
        { label: 'What', read: (a) => textOf(part(a, 'event', 'what')) },
        { label: 'From', read: (a) => dateText(part(a, 'event', 'startsOn')) },
        { label: 'Until', read: (a) => dateText(part(a, 'event', 'endsOn')) },
        { label: 'Date', read: (a) => (part(a, 'event', 'approximate') === true ? 'Approximate' : part(a, 'event', 'approximate') === false ? 'Exact' : '') },
        {
          label: 'Involved',
          read: (a) => {
            const ids = part(a, 'event', 'entityIds');
            return Array.isArray(ids) ? ids.map((id) => entityName(id, nameOf)).join(', ') : '';
          },
        },
        note,
      ];
    case 'mention':
      return [{ label: 'Entity', read: (a) => entityName(a.entityId, nameOf) }, note];
    default:
      return [note];
  }
}

/**
 * One audit record of an annotation (a claim's status checked, a quote's speaker set) in
 * words: speakers by name, statuses and dates as the inspector shows them. A creation lists
 * the fields it was given; "Quoted: Directly" and "Date: Exact" are left out there, being what
 * every new one starts as.
 */
export function describeAnnotationRecord(record: AuditRecord, nameOf: NameOf): HistoryLine {
  const kind = kindOf(record.after) ?? kindOf(record.before);
  const fields = fieldsOf(kind, nameOf);
  const label = kind ? kindInfo(kind).label.toLowerCase() : 'annotation';
  switch (record.action) {
    case 'create': {
      const defaults = new Set(['Directly', 'Exact']);
      const changes = diffFields({}, record.after, fields).filter((change) => !defaults.has(change.after));
      return { summary: `Tagged as ${/^[aeiou]/.test(label) ? 'an' : 'a'} ${label}`, changes, showsBefore: false };
    }
    case 'update': {
      const changes = diffFields(record.before, record.after, fields);
      return { summary: changes.length > 0 ? 'Edited' : 'Saved without changes', changes, showsBefore: true };
    }
    case 'delete':
      return { summary: `Removed the ${label}`, changes: [], showsBefore: true };
    case 'restore':
      return { summary: 'Put back (the removal was undone)', changes: [], showsBefore: true };
    case 'speaker-merged':
      return { summary: 'Speaker merged into another entity', changes: diffFields(record.before, record.after, fields), showsBefore: true };
    case 'speaker-unmerged':
      return { summary: 'Speaker’s merge undone', changes: diffFields(record.before, record.after, fields), showsBefore: true };
    default:
      return { summary: record.action, changes: diffFields(record.before, record.after, fields), showsBefore: true };
  }
}

/** Every entity a history names (speakers, the linked entity, people of an event). */
export function entityIdsIn(records: readonly AuditRecord[]): number[] {
  const ids = new Set<number>();
  const add = (value: unknown) => typeof value === 'number' && ids.add(value);
  for (const record of records) {
    for (const snapshot of [record.before, record.after]) {
      if (!isRecord(snapshot)) continue;
      add(snapshot.entityId);
      add(part(snapshot, 'quote', 'speakerId'));
      add(part(snapshot, 'claim', 'speakerId'));
      const people = part(snapshot, 'event', 'entityIds');
      if (Array.isArray(people)) people.forEach(add);
    }
  }
  return [...ids];
}
