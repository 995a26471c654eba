import { CLAIM_STATUS_LABELS, type ClaimStatus } from '../../../../shared/domain/annotation';
import { CHECK_METHOD_LABELS, type CheckMethod } from '../../../../shared/domain/fact-check';
import { isRecord, shortened, textOf, type AuditRecord, type FieldChange, type HistoryLine } from '../entities/audit-diff';

const FIELDS: ReadonlyArray<{ key: string; label: string; read(value: unknown): string }> = [
  { key: 'status', label: 'Status', read: (value) => CLAIM_STATUS_LABELS[value as ClaimStatus] ?? textOf(value) },
  { key: 'rating', label: 'Rating', read: (value) => (isRecord(value) ? textOf(value.label) : '') },
  { key: 'method', label: 'Method', read: (value) => CHECK_METHOD_LABELS[value as CheckMethod] ?? '' },
  { key: 'checker', label: 'Checker', read: textOf },
  { key: 'checkedOn', label: 'Checked on', read: textOf },
  { key: 'notes', label: 'Notes', read: (value) => shortened(textOf(value), 80) },
];

function evidenceWords(value: unknown): string {
  if (!isRecord(value)) return '';
  const cited = textOf(value.cited) || textOf(value.url) || textOf(value.text);
  return shortened(cited, 80);
}

/** A snapshot of the check, or of the claim's annotation (tagged, edited: its status is in `claim`). */
function flatten(snapshot: unknown): Record<string, unknown> {
  if (!isRecord(snapshot)) return {};
  if (isRecord(snapshot.claim)) return { status: snapshot.claim.status };
  return snapshot;
}

/** One entry of a claim's check history in words: what changed, from what to what. */
export function describeCheckRecord(record: AuditRecord): HistoryLine {
  if (record.action === 'evidence.add') return { summary: 'Evidence added', changes: [{ field: 'Evidence', before: '', after: evidenceWords(record.after) }], showsBefore: false };
  if (record.action === 'evidence.remove') return { summary: 'Evidence removed', changes: [{ field: 'Evidence', before: evidenceWords(record.before), after: '' }], showsBefore: true };
  const before = flatten(record.before);
  const after = flatten(record.after);
  const changes: FieldChange[] = [];
  for (const field of FIELDS) {
    if (!(field.key in after) && !(field.key in before)) continue;
    const from = field.read(before[field.key]);
    const to = field.read(after[field.key]);
    if (from !== to) changes.push({ field: field.label, before: from, after: to });
  }
  const summary = record.action === 'status' ? 'Status changed' : record.action === 'fact-check' ? 'Check edited' : record.action === 'create' ? 'Tagged as a claim' : record.action === 'update' ? 'Claim edited' : record.action === 'restore' ? 'Claim restored' : record.action.replace(/[-.]/g, ' ').replace(/^./, (c) => c.toUpperCase());
  return { summary, changes, showsBefore: record.action !== 'create' };
}
