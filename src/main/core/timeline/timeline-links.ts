import type Database from 'better-sqlite3';
import type { TimelineLinkRelation } from '../../../shared/domain/timeline';
import { appendAudit } from '../audit/audit-log';
import { ServiceError } from '../service-error';

/** The reporter's links between items, by pair ("annotation:12|entry:5", smaller id first). */
export type TimelineLinks = ReadonlyMap<string, TimelineLinkRelation>;

export function pairKey(a: string, b: string): string {
  return a < b ? `${a}|${b}` : `${b}|${a}`;
}

export function readLinks(db: Database.Database): TimelineLinks {
  const rows = db.prepare('SELECT item_a, item_b, relation FROM timeline_link').raw().all() as Array<[string, string, TimelineLinkRelation]>;
  return new Map(rows.map(([a, b, relation]) => [pairKey(a, b), relation]));
}

const ITEM_ID = /^(annotation|entry):([1-9]\d*)$/;

/** Checks that an id names an annotation or entry still in the investigation, and says which if not. */
function requireItem(db: Database.Database, id: string): void {
  const match = ITEM_ID.exec(id);
  if (!match) throw new ServiceError('INVALID_PARAMS', `"${id.slice(0, 40)}" is not an item that can be linked: only tagged items and events typed on the timeline can.`);
  const [, kind, number] = match;
  const table = kind === 'annotation' ? 'annotation' : 'timeline_entry';
  if (!db.prepare(`SELECT 1 FROM ${table} WHERE id = ?`).get(Number(number))) {
    throw new ServiceError('NOT_FOUND', `${kind === 'annotation' ? 'Annotation' : 'Timeline entry'} #${number} is no longer in this investigation.`);
  }
}

/**
 * Records that two items are one event told twice (`same`), or two events that only look
 * alike (`different`); a later word on the same pair replaces the earlier one.
 */
export function linkItems(db: Database.Database, a: string, b: string, relation: TimelineLinkRelation, now = new Date().toISOString()): void {
  if (a === b) throw new ServiceError('INVALID_PARAMS', 'An item cannot be linked to itself.');
  db.transaction(() => {
    requireItem(db, a);
    requireItem(db, b);
    const [first, second] = a < b ? [a, b] : [b, a];
    const before = db.prepare('SELECT relation FROM timeline_link WHERE item_a = ? AND item_b = ?').pluck().get(first, second) as string | undefined;
    db.prepare(
      `INSERT INTO timeline_link (item_a, item_b, relation, created_at) VALUES (?, ?, ?, ?)
       ON CONFLICT (item_a, item_b) DO UPDATE SET relation = excluded.relation, created_at = excluded.created_at`,
    ).run(first, second, relation, now);
    appendAudit(db, { entityType: 'timeline-link', entityId: null, action: 'link', before: before ? { items: [first, second], relation: before } : undefined, after: { items: [first, second], relation } }, now);
  })();
}

/** Forgets the reporter's word on a pair; the timeline then judges the pair by itself again. */
export function unlinkItems(db: Database.Database, a: string, b: string, now = new Date().toISOString()): void {
  const [first, second] = a < b ? [a, b] : [b, a];
  db.transaction(() => {
    const relation = db.prepare('SELECT relation FROM timeline_link WHERE item_a = ? AND item_b = ?').pluck().get(first, second) as string | undefined;
    if (!relation) return;
    db.prepare('DELETE FROM timeline_link WHERE item_a = ? AND item_b = ?').run(first, second);
    appendAudit(db, { entityType: 'timeline-link', entityId: null, action: 'unlink', before: { items: [first, second], relation } }, now);
  })();
}
