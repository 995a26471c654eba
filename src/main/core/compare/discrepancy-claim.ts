import type Database from 'better-sqlite3';
import type { Annotation } from '../../../shared/domain/annotation';
import { createAnnotation, annotationsWhere } from '../annotations/annotation-repository';
import { indexText } from '../annotations/anchoring';
import { ServiceError } from '../service-error';

export interface ClaimRequest {
  sourceId: number;
  /** Code points. */
  start: number;
  end: number;
  speakerId: number | null;
  note: string;
}

/**
 * Tags the words of a discrepancy (a figure, or the sentence holding it) as a claim to check,
 * through createAnnotation, so it is checked and audited as any claim tagged in the reader.
 * The same words asked twice give the claim already there rather than a second one.
 */
export function claimFromDiscrepancy(db: Database.Database, request: ClaimRequest): { claim: Annotation; created: boolean } {
  const text = db.prepare('SELECT canonical_text FROM source WHERE id = ?').pluck().get(request.sourceId) as string | undefined;
  if (text === undefined) throw new ServiceError('NOT_FOUND', `There is no source #${request.sourceId} in this investigation; it may have been removed.`);
  const indexed = indexText(text);
  if (request.end > indexed.codePoints.length || request.start >= request.end) {
    throw new ServiceError('INVALID_PARAMS', `The span ${request.start}–${request.end} lies outside the source’s text (${indexed.codePoints.length} characters).`);
  }
  const existing = annotationsWhere(db, "WHERE a.kind = 'claim' AND a.source_id = ? AND a.start = ? AND a.end = ? ORDER BY a.id LIMIT 1", request.sourceId, request.start, request.end)[0];
  if (existing) return { claim: existing, created: false };
  const exact = indexed.slice(request.start, request.end);
  if (exact.trim() === '') throw new ServiceError('INVALID_PARAMS', 'Those words are only spaces; choose the figure or its sentence.');
  const claim = createAnnotation(db, {
    sourceId: request.sourceId,
    kind: 'claim',
    span: { start: request.start, end: request.end, exact, prefix: '', suffix: '' },
    note: request.note,
    claim: { speakerId: request.speakerId },
  });
  return { claim, created: true };
}
