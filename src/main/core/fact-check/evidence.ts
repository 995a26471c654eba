import type Database from 'better-sqlite3';
import { newEvidenceSchema, type Evidence, type FactCheck, type NewEvidence } from '../../../shared/domain/fact-check';
import { appendAudit } from '../audit/audit-log';
import { ServiceError } from '../service-error';
import { getFactCheck } from './read-fact-checks';

/** How much of a cited span the evidence keeps in its own words, should the span be removed. */
const CITED_LENGTH = 2000;

/**
 * Adds one piece of evidence to a claim. A span or source is linked by id and its words or
 * title copied into `cited`, so the evidence still says what it was if that is removed later.
 */
export function addEvidence(db: Database.Database, claimId: number, raw: NewEvidence, now = new Date().toISOString()): { check: FactCheck; evidence: Evidence } {
  const input = newEvidenceSchema.parse(raw);
  return db.transaction(() => {
    getFactCheck(db, claimId);
    let annotationId: number | null = null;
    let sourceId: number | null = null;
    let url: string | null = null;
    let cited = '';
    if (input.kind === 'annotation') {
      if (input.annotationId === claimId) throw new ServiceError('INVALID_PARAMS', 'A claim cannot be its own evidence; cite another span.');
      const span = db.prepare('SELECT source_id, exact FROM annotation WHERE id = ?').get(input.annotationId) as { source_id: number; exact: string } | undefined;
      if (!span) throw new ServiceError('NOT_FOUND', `Annotation #${input.annotationId} is not in this investigation; it may have been removed.`);
      annotationId = input.annotationId;
      sourceId = span.source_id;
      cited = [...span.exact].slice(0, CITED_LENGTH).join('');
    } else if (input.kind === 'source') {
      const title = db.prepare('SELECT title FROM source WHERE id = ?').pluck().get(input.sourceId) as string | undefined;
      if (title === undefined) throw new ServiceError('NOT_FOUND', `Source #${input.sourceId} is not in this investigation; it may have been removed.`);
      sourceId = input.sourceId;
      cited = title;
    } else if (input.kind === 'url') {
      url = input.url;
      cited = input.url;
    }
    const id = Number(
      db
        .prepare('INSERT INTO claim_evidence (claim_id, kind, annotation_id, source_id, url, text, cited, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)')
        .run(claimId, input.kind, annotationId, sourceId, url, input.text, cited, now).lastInsertRowid,
    );
    const check = getFactCheck(db, claimId);
    const evidence = check.evidence.find((item) => item.id === id)!;
    appendAudit(db, { entityType: 'claim', entityId: claimId, action: 'evidence.add', after: evidence }, now);
    return { check, evidence };
  })();
}

/** Removes one piece of evidence; returns it whole (for undo) with the claim's row as it is now. */
export function removeEvidence(db: Database.Database, evidenceId: number, now = new Date().toISOString()): { check: FactCheck; evidence: Evidence } {
  return db.transaction(() => {
    const claimId = db.prepare('SELECT claim_id FROM claim_evidence WHERE id = ?').pluck().get(evidenceId) as number | undefined;
    if (claimId === undefined) throw new ServiceError('NOT_FOUND', `Evidence #${evidenceId} is no longer in this investigation; it may have been removed already.`);
    const evidence = getFactCheck(db, claimId).evidence.find((item) => item.id === evidenceId)!;
    db.prepare('DELETE FROM claim_evidence WHERE id = ?').run(evidenceId);
    appendAudit(db, { entityType: 'claim', entityId: claimId, action: 'evidence.remove', before: evidence }, now);
    return { check: getFactCheck(db, claimId), evidence };
  })();
}
