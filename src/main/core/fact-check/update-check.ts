import type Database from 'better-sqlite3';
import { claimStatusSchema, type ClaimStatus } from '../../../shared/domain/annotation';
import { factCheckChangesSchema, type FactCheck, type FactCheckChanges } from '../../../shared/domain/fact-check';
import { appendAudit } from '../audit/audit-log';
import { ServiceError } from '../service-error';
import { getFactCheck, listFactChecks } from './read-fact-checks';

/** What the audit log keeps of a check: its fields, with the rating's label as it read then. */
function auditedCheck(check: FactCheck) {
  return {
    status: check.status,
    rating: check.rating ? { id: check.rating.id, label: check.rating.label } : null,
    method: check.method,
    checker: check.checker,
    checkedOn: check.checkedOn,
    notes: check.notes,
  };
}

function requireRating(db: Database.Database, ratingId: number | null | undefined): void {
  if (ratingId == null) return;
  if (!db.prepare('SELECT 1 FROM fact_check_rating WHERE id = ?').get(ratingId)) {
    throw new ServiceError('NOT_FOUND', `Rating #${ratingId} is not on this investigation’s scale; it may have been removed. Reload the scale.`);
  }
}

/** Writes a claim's status, and the annotation's time of change with it (the inspector shows the status too). */
function writeStatus(db: Database.Database, claimId: number, status: ClaimStatus, now: string): void {
  db.prepare('UPDATE claim SET status = ? WHERE annotation_id = ?').run(status, claimId);
  db.prepare('UPDATE annotation SET updated_at = ? WHERE id = ?').run(now, claimId);
}

/**
 * Changes the check of one claim: any of status, rating, method, checker, date checked and
 * notes. Fields not given stay as they are. Logged with the check before and after, so the
 * claim's history says who changed the verdict, when, and from what.
 */
export function updateFactCheck(db: Database.Database, claimId: number, raw: FactCheckChanges, now = new Date().toISOString()): FactCheck {
  const changes = factCheckChangesSchema.parse(raw);
  return db.transaction(() => {
    const before = getFactCheck(db, claimId);
    requireRating(db, changes.ratingId);
    if (changes.status !== undefined && changes.status !== before.status) writeStatus(db, claimId, changes.status, now);
    const touchesCheck = Object.keys(changes).some((key) => key !== 'status');
    if (touchesCheck) {
      db.prepare(
        `INSERT INTO claim_check (claim_id, rating_id, method, checker, checked_on, notes, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)
         ON CONFLICT (claim_id) DO UPDATE SET rating_id = excluded.rating_id, method = excluded.method, checker = excluded.checker,
           checked_on = excluded.checked_on, notes = excluded.notes, updated_at = excluded.updated_at`,
      ).run(
        claimId,
        changes.ratingId !== undefined ? changes.ratingId : (before.rating?.id ?? null),
        changes.method !== undefined ? changes.method : before.method,
        changes.checker ?? before.checker,
        changes.checkedOn !== undefined ? changes.checkedOn : before.checkedOn,
        changes.notes ?? before.notes,
        now,
      );
    }
    const after = getFactCheck(db, claimId);
    appendAudit(db, { entityType: 'claim', entityId: claimId, action: 'fact-check', before: auditedCheck(before), after: auditedCheck(after) }, now);
    return after;
  })();
}

/**
 * Sets one status on many claims at once, in one transaction: all change or, if one of them is
 * not a claim any more, none does. Each claim whose status changes gets its own log entry.
 */
export function setStatuses(db: Database.Database, claimIds: readonly number[], rawStatus: ClaimStatus, now = new Date().toISOString()): FactCheck[] {
  const status = claimStatusSchema.parse(rawStatus);
  if (claimIds.length === 0) throw new ServiceError('INVALID_PARAMS', 'Select at least one claim to change its status.');
  return db.transaction(() => {
    // Refuses the whole change, naming them, when any id is not a claim (any more).
    const before = listFactChecks(db, { claimIds });
    for (const check of before) {
      if (check.status === status) continue;
      writeStatus(db, check.claimId, status, now);
      appendAudit(db, { entityType: 'claim', entityId: check.claimId, action: 'status', before: { status: check.status }, after: { status } }, now);
    }
    return listFactChecks(db, { claimIds });
  })();
}
