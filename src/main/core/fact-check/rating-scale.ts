import type Database from 'better-sqlite3';
import { ratingScaleInputSchema, type Rating, type RatingScaleInput } from '../../../shared/domain/fact-check';
import { appendAudit, type AuditRecord } from '../audit/audit-log';
import { ServiceError } from '../service-error';

/** The investigation's rating scale, best first. */
export function listScale(db: Database.Database): Rating[] {
  return db.prepare('SELECT id, label, position FROM fact_check_rating ORDER BY position').all() as Rating[];
}

/**
 * Replaces the scale with the given ratings, best first. Ratings keep their ids, so claims
 * rated "Mostly true" read "Largely true" after a rename. A rating left out is removed,
 * unless claims still have it: then nothing changes and the reporter is told which claims,
 * so no verdict disappears from a sheet without someone deciding it.
 */
export function updateScale(db: Database.Database, raw: RatingScaleInput, now = new Date().toISOString()): Rating[] {
  const ratings = ratingScaleInputSchema.parse(raw);
  return db.transaction(() => {
    const before = listScale(db);
    const known = new Set(before.map((rating) => rating.id));
    const unknown = ratings.find((rating) => rating.id !== undefined && !known.has(rating.id));
    if (unknown) throw new ServiceError('NOT_FOUND', `Rating #${unknown.id} (“${unknown.label}”) is not on this investigation’s scale any more; reload the scale and edit it again.`);
    const kept = new Set(ratings.flatMap((rating) => (rating.id === undefined ? [] : [rating.id])));
    const removed = before.filter((rating) => !kept.has(rating.id));
    for (const rating of removed) {
      const claims = db.prepare('SELECT claim_id FROM claim_check WHERE rating_id = ? ORDER BY claim_id').pluck().all(rating.id) as number[];
      if (claims.length > 0) {
        const list = claims.slice(0, 5).map((id) => `#${id}`).join(', ') + (claims.length > 5 ? ` and ${claims.length - 5} more` : '');
        throw new ServiceError(
          'INVALID_PARAMS',
          `“${rating.label}” cannot be removed from the scale: ${claims.length === 1 ? 'claim' : 'claims'} ${list} ${claims.length === 1 ? 'is' : 'are'} rated with it. Rate ${claims.length === 1 ? 'it' : 'them'} otherwise first.`,
        );
      }
      db.prepare('DELETE FROM fact_check_rating WHERE id = ?').run(rating.id);
    }
    // Positions and labels are unique: move the kept ones out of the way before placing them,
    // so swapping two ratings or two labels does not collide halfway.
    db.prepare("UPDATE fact_check_rating SET position = position + 1000000, label = char(1) || id").run();
    const update = db.prepare('UPDATE fact_check_rating SET label = ?, position = ? WHERE id = ?');
    const insert = db.prepare('INSERT INTO fact_check_rating (label, position) VALUES (?, ?)');
    ratings.forEach((rating, position) => {
      if (rating.id === undefined) insert.run(rating.label, position);
      else update.run(rating.label, position, rating.id);
    });
    const after = listScale(db);
    appendAudit(db, { entityType: 'rating-scale', entityId: null, action: 'update', before, after }, now);
    return after;
  })();
}

/** Who changed the scale, when, from what to what: the scale is one thing, logged without an id. */
export function scaleHistory(db: Database.Database): AuditRecord[] {
  const rows = db
    .prepare("SELECT at, actor, action, before, after FROM audit_log WHERE entity_type = 'rating-scale' ORDER BY id")
    .all() as Array<{ at: string; actor: string; action: string; before: string | null; after: string | null }>;
  return rows.map((row) => ({
    ...row,
    before: row.before === null ? null : (JSON.parse(row.before) as unknown),
    after: row.after === null ? null : (JSON.parse(row.after) as unknown),
  }));
}
