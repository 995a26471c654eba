import os from 'node:os';
import type Database from 'better-sqlite3';

export interface AuditEntry {
  /**
   * `rating-scale`: the investigation's fact-check scale, one history for the whole scale.
   * `timeline-link`: the reporter's word that two timeline items are, or are not, one event (no id: the pair is in before/after).
   */
  entityType: 'source' | 'entity' | 'claim' | 'annotation' | 'rating-scale' | 'timeline-entry' | 'timeline-link';
  entityId: number | null;
  action: string;
  before?: unknown;
  after?: unknown;
}

let cachedActor: string | undefined;

/**
 * Who made a change: the operating-system account, the closest thing to a name a local,
 * single-user file has. Read once; an account without a name is recorded as "reporter".
 */
export function currentActor(): string {
  if (cachedActor === undefined) {
    try {
      cachedActor = os.userInfo().username || 'reporter';
    } catch {
      cachedActor = 'reporter';
    }
  }
  return cachedActor;
}

/** Appends one entry; call inside the transaction that makes the change, so both land or neither. */
export function appendAudit(db: Database.Database, entry: AuditEntry, at = new Date().toISOString()): void {
  db.prepare(
    `INSERT INTO audit_log (at, actor, entity_type, entity_id, action, before, after)
     VALUES (?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    at,
    currentActor(),
    entry.entityType,
    entry.entityId,
    entry.action,
    entry.before === undefined ? null : JSON.stringify(entry.before),
    entry.after === undefined ? null : JSON.stringify(entry.after),
  );
}

export interface AuditRecord {
  at: string;
  actor: string;
  action: string;
  before: unknown;
  after: unknown;
}

export function auditHistory(db: Database.Database, entityType: AuditEntry['entityType'], entityId: number): AuditRecord[] {
  const rows = db
    .prepare('SELECT at, actor, action, before, after FROM audit_log WHERE entity_type = ? AND entity_id = ? ORDER BY id')
    .all(entityType, entityId) as Array<{ at: string; actor: string; action: string; before: string | null; after: string | null }>;
  return rows.map((row) => ({
    ...row,
    before: row.before === null ? null : (JSON.parse(row.before) as unknown),
    after: row.after === null ? null : (JSON.parse(row.after) as unknown),
  }));
}
