import type Database from 'better-sqlite3';
import type { CheckMethod, Evidence } from '../../../shared/domain/fact-check';
import { auditHistory } from '../audit/audit-log';

interface AuditedCheck {
  rating: { id: number; label: string } | null;
  method: CheckMethod | null;
  checker: string;
  checkedOn: string | null;
  notes: string;
}

/**
 * Puts back a claim's check and evidence after the claim was deleted and is being restored
 * (undo). Deleting the annotation took them with it (ON DELETE CASCADE); the audit log kept
 * every change, so they are replayed from it: the last check written, and the evidence added
 * and not removed, with their ids. Only the history since the claim was last created counts,
 * since an id freed by a deletion may have been another claim's before. A rating removed from
 * the scale meanwhile, or a cited span or source removed meanwhile, is put back as cleared.
 * Call inside the transaction that restores the claim. Returns whether anything was restored.
 */
export function restoreCheckFromHistory(db: Database.Database, claimId: number): boolean {
  const history = auditHistory(db, 'claim', claimId);
  const lastCreate = history.map((entry) => entry.action).lastIndexOf('create');
  let check: AuditedCheck | null = null;
  const evidence = new Map<number, Evidence>();
  for (const entry of history.slice(Math.max(lastCreate, 0))) {
    if (entry.action === 'fact-check') check = entry.after as AuditedCheck;
    else if (entry.action === 'evidence.add') evidence.set((entry.after as Evidence).id, entry.after as Evidence);
    else if (entry.action === 'evidence.remove') evidence.delete((entry.before as Evidence).id);
  }
  const exists = (table: 'annotation' | 'source' | 'fact_check_rating', id: number | null | undefined): number | null =>
    id != null && db.prepare(`SELECT 1 FROM ${table} WHERE id = ?`).get(id) ? id : null;
  if (check) {
    db.prepare(
      `INSERT OR REPLACE INTO claim_check (claim_id, rating_id, method, checker, checked_on, notes, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)`,
    ).run(claimId, exists('fact_check_rating', check.rating?.id), check.method, check.checker, check.checkedOn, check.notes, new Date().toISOString());
  }
  const insert = db.prepare(
    'INSERT OR IGNORE INTO claim_evidence (id, claim_id, kind, annotation_id, source_id, url, text, cited, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
  );
  for (const item of evidence.values()) {
    insert.run(item.id, claimId, item.kind, exists('annotation', item.annotationId), exists('source', item.sourceId), item.url, item.text, item.cited, item.createdAt);
  }
  return check !== null || evidence.size > 0;
}
