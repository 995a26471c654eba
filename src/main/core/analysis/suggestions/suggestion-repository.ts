import type Database from 'better-sqlite3';
import type { SourceId } from '../../../../shared/domain/source';
import { suggestionSchema, type NewSuggestion, type Suggestion, type SuggestionId, type SuggestionKind } from '../../../../shared/domain/suggestion';
import { ServiceError } from '../../service-error';
import type { DateReference } from '../dates/date-mention';

interface SuggestionRow {
  id: number;
  source_id: number;
  kind: SuggestionKind;
  start: number;
  end: number;
  exact: string;
  prefix: string;
  suffix: string;
  payload: string;
  analyzer: string;
  analyzer_version: string;
  status: Suggestion['status'];
}

/** What a suggestion says beyond its span, stored as JSON (it is read whole, never queried). */
type Payload = Pick<Suggestion, 'label' | 'detail' | 'entity' | 'channel' | 'event'>;

function toSuggestion(row: SuggestionRow): Suggestion {
  const payload = JSON.parse(row.payload) as Payload;
  return suggestionSchema.parse({
    id: row.id,
    sourceId: row.source_id,
    kind: row.kind,
    span: { start: row.start, end: row.end, exact: row.exact, prefix: row.prefix, suffix: row.suffix },
    ...payload,
    event: payload.event ?? null,
    analyzer: row.analyzer,
    analyzerVersion: row.analyzer_version,
    status: row.status,
  });
}

/** The suggestions still waiting for the reporter in a source, in reading order. */
export function listPendingSuggestions(db: Database.Database, sourceId: SourceId): Suggestion[] {
  const rows = db.prepare(`SELECT * FROM suggestion WHERE source_id = ? AND status = 'pending' ORDER BY start, end DESC, id`).all(sourceId) as SuggestionRow[];
  return rows.map(toSuggestion);
}

export function getSuggestion(db: Database.Database, id: SuggestionId): Suggestion {
  const row = db.prepare('SELECT * FROM suggestion WHERE id = ?').get(id) as SuggestionRow | undefined;
  if (!row) throw new ServiceError('NOT_FOUND', `Suggestion #${id} is no longer there; the source may have been analyzed again or removed.`);
  return toSuggestion(row);
}

/** When each source was last analyzed, and against which date. */
export function analysisRun(db: Database.Database, sourceId: SourceId): { analyzedAt: string; reference: DateReference; analyzerVersion: string } | null {
  const row = db.prepare('SELECT * FROM analysis_run WHERE source_id = ?').get(sourceId) as
    | { analyzer_version: string; reference_date: string; reference_basis: DateReference['basis']; analyzed_at: string }
    | undefined;
  return row ? { analyzedAt: row.analyzed_at, analyzerVersion: row.analyzer_version, reference: { date: row.reference_date, basis: row.reference_basis } } : null;
}

/**
 * Replaces a source's pending suggestions with a new analysis's, in one transaction. What the
 * reporter decided stays decided: a suggestion with the fingerprint of one accepted or rejected
 * is not made again, and none is made where the reporter's own annotations already are (a
 * mention over a tagged mention, a quote over a tagged quote).
 */
export function storeSuggestions(
  db: Database.Database,
  sourceId: SourceId,
  suggestions: readonly NewSuggestion[],
  run: { reference: DateReference; analyzerVersion: string },
  now = new Date().toISOString(),
): { stored: number } {
  return db.transaction(() => {
    const decided = new Set(db.prepare(`SELECT fingerprint FROM suggestion WHERE source_id = ? AND status != 'pending'`).pluck().all(sourceId) as string[]);
    const tagged = db.prepare('SELECT kind, start, end FROM annotation WHERE source_id = ?').all(sourceId) as Array<{ kind: string; start: number; end: number }>;
    db.prepare(`DELETE FROM suggestion WHERE source_id = ? AND status = 'pending'`).run(sourceId);
    const insert = db.prepare(
      `INSERT INTO suggestion (source_id, kind, start, end, exact, prefix, suffix, payload, fingerprint, analyzer, analyzer_version, created_at)
       VALUES (@sourceId, @kind, @start, @end, @exact, @prefix, @suffix, @payload, @fingerprint, @analyzer, @analyzerVersion, @now)`,
    );
    let stored = 0;
    for (const suggestion of suggestions) {
      if (decided.has(suggestion.fingerprint)) continue;
      const family = suggestion.kind === 'quote' || suggestion.kind === 'event' ? suggestion.kind : 'mention';
      const { start, end } = suggestion.span;
      if (tagged.some((annotation) => annotation.kind === family && annotation.start < end && start < annotation.end)) continue;
      const payload: Payload = { label: suggestion.label, detail: suggestion.detail, entity: suggestion.entity, channel: suggestion.channel, event: suggestion.event };
      insert.run({ sourceId, kind: suggestion.kind, ...suggestion.span, payload: JSON.stringify(payload), fingerprint: suggestion.fingerprint, analyzer: suggestion.analyzer, analyzerVersion: suggestion.analyzerVersion, now });
      stored++;
    }
    db.prepare(
      `INSERT INTO analysis_run (source_id, analyzer_version, reference_date, reference_basis, analyzed_at) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (source_id) DO UPDATE SET analyzer_version = excluded.analyzer_version, reference_date = excluded.reference_date,
         reference_basis = excluded.reference_basis, analyzed_at = excluded.analyzed_at`,
    ).run(sourceId, run.analyzerVersion, run.reference.date, run.reference.basis, now);
    return { stored };
  })();
}

export function markDecided(db: Database.Database, id: SuggestionId, status: 'accepted' | 'rejected', annotationId: number | null, now = new Date().toISOString()): void {
  const changed = db.prepare(`UPDATE suggestion SET status = ?, annotation_id = ?, decided_at = ? WHERE id = ? AND status = 'pending'`).run(status, annotationId, now, id).changes;
  if (changed === 0) throw new ServiceError('INVALID_PARAMS', 'This suggestion has already been accepted or rejected.');
}

/** The annotation an accepted suggestion became, if it still exists. */
export function decidedAnnotationOf(db: Database.Database, id: SuggestionId): number | null {
  const row = db.prepare('SELECT status, annotation_id FROM suggestion WHERE id = ?').get(id) as { status: Suggestion['status']; annotation_id: number | null } | undefined;
  if (!row) throw new ServiceError('NOT_FOUND', `Suggestion #${id} is no longer there; the source may have been analyzed again or removed.`);
  if (row.status === 'pending') throw new ServiceError('INVALID_PARAMS', 'This suggestion has not been decided, so there is nothing to take back.');
  return row.annotation_id;
}

export function markPending(db: Database.Database, id: SuggestionId): void {
  db.prepare(`UPDATE suggestion SET status = 'pending', annotation_id = NULL, decided_at = NULL WHERE id = ?`).run(id);
}
