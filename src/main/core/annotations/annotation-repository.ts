import type Database from 'better-sqlite3';
import {
  annotationChangesSchema,
  EMPTY_CLAIM,
  EMPTY_EVENT,
  EMPTY_QUOTE,
  newAnnotationSchema,
  type AnchorState,
  type Annotation,
  type AnnotationChanges,
  type AnnotationId,
  type AnnotationKind,
  type ClaimFields,
  type EventFields,
  type NewAnnotation,
  type QuoteFields,
  type Span,
} from '../../../shared/domain/annotation';
import type { SourceId } from '../../../shared/domain/source';
import { appendAudit } from '../audit/audit-log';
import { ServiceError } from '../service-error';
import { indexText, spanAt, type IndexedText } from './anchoring';

/** Places stored spans in a text on load (exact, moved, fuzzy or orphaned). */
export type AnchorAll = (text: IndexedText, spans: Span[]) => Array<{ state: AnchorState; start: number; end: number }>;

interface AnnotationRow {
  id: number;
  source_id: number;
  kind: AnnotationKind;
  start: number;
  end: number;
  exact: string;
  prefix: string;
  suffix: string;
  entity_id: number | null;
  note: string;
  created_at: string;
  updated_at: string;
  q_speaker: number | null;
  q_said_on: string | null;
  q_channel: string | null;
  q_addressed_to: string | null;
  q_direct: number | null;
  c_speaker: number | null;
  c_status: ClaimFields['status'] | null;
  c_claimed_on: string | null;
  e_what: string | null;
  e_starts_on: string | null;
  e_ends_on: string | null;
  e_approximate: number | null;
  e_entities: string | null;
}

const SELECT = `
  SELECT a.*,
    q.speaker_id AS q_speaker, q.said_on AS q_said_on, q.channel AS q_channel, q.addressed_to AS q_addressed_to,
    q.direct AS q_direct,
    c.speaker_id AS c_speaker, c.status AS c_status, c.claimed_on AS c_claimed_on,
    e.what AS e_what, e.starts_on AS e_starts_on, e.ends_on AS e_ends_on, e.approximate AS e_approximate,
    (SELECT json_group_array(entity_id) FROM event_entity WHERE annotation_id = a.id) AS e_entities
  FROM annotation a
  LEFT JOIN quote q ON q.annotation_id = a.id
  LEFT JOIN claim c ON c.annotation_id = a.id
  LEFT JOIN event e ON e.annotation_id = a.id`;

function toAnnotation(row: AnnotationRow, anchor?: Annotation['anchor']): Annotation {
  const span: Span = { start: row.start, end: row.end, exact: row.exact, prefix: row.prefix, suffix: row.suffix };
  return {
    id: row.id,
    sourceId: row.source_id,
    kind: row.kind,
    span,
    anchor: anchor ?? { state: 'exact', start: row.start, end: row.end },
    entityId: row.entity_id,
    note: row.note,
    quote:
      row.kind === 'quote'
        ? {
            speakerId: row.q_speaker,
            saidOn: row.q_said_on,
            channel: row.q_channel ?? '',
            addressedTo: row.q_addressed_to ?? '',
            direct: row.q_direct !== 0,
          }
        : null,
    claim:
      row.kind === 'claim' ? { speakerId: row.c_speaker, status: row.c_status ?? 'unchecked', claimedOn: row.c_claimed_on } : null,
    event:
      row.kind === 'event'
        ? {
            what: row.e_what ?? '',
            startsOn: row.e_starts_on,
            endsOn: row.e_ends_on,
            approximate: row.e_approximate === 1,
            entityIds: (JSON.parse(row.e_entities ?? '[]') as number[]).sort((a, b) => a - b),
          }
        : null,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

function sourceText(db: Database.Database, sourceId: SourceId): IndexedText {
  const text = db.prepare('SELECT canonical_text FROM source WHERE id = ?').pluck().get(sourceId) as string | undefined;
  if (text === undefined) throw new ServiceError('NOT_FOUND', `There is no source #${sourceId} in this investigation; it may have been removed.`);
  return indexText(text);
}

/**
 * Annotations across sources, as stored (not re-anchored: that needs each source's text).
 * `clause` follows the SELECT: a WHERE on `a` (annotation), `q`, `c` or `e`, and an ORDER BY.
 */
export function annotationsWhere(db: Database.Database, clause: string, ...params: unknown[]): Annotation[] {
  return (db.prepare(`${SELECT} ${clause}`).all(...params) as AnnotationRow[]).map((row) => toAnnotation(row));
}

export function getAnnotation(db: Database.Database, id: AnnotationId): Annotation | null {
  const row = db.prepare(`${SELECT} WHERE a.id = ?`).get(id) as AnnotationRow | undefined;
  return row ? toAnnotation(row) : null;
}

function requireAnnotation(db: Database.Database, id: AnnotationId): Annotation {
  const annotation = getAnnotation(db, id);
  if (!annotation) throw new ServiceError('NOT_FOUND', `Annotation #${id} is no longer in this investigation.`);
  return annotation;
}

/** Every annotation of a source, in reading order, each placed in the text as it is now. */
export function listAnnotations(db: Database.Database, sourceId: SourceId, anchorAll: AnchorAll): Annotation[] {
  const rows = db.prepare(`${SELECT} WHERE a.source_id = ? ORDER BY a.start, a.end DESC, a.id`).all(sourceId) as AnnotationRow[];
  if (rows.length === 0) return [];
  const text = sourceText(db, sourceId);
  const spans = rows.map((row) => ({ start: row.start, end: row.end, exact: row.exact, prefix: row.prefix, suffix: row.suffix }));
  const anchors = anchorAll(text, spans);
  return rows.map((row, index) => toAnnotation(row, anchors[index]));
}

/**
 * Annotations of any sources, each placed in its source's text as it is now, as
 * listAnnotations places them (each text read and indexed once). The search by likeness has a
 * budget per text, so a few spans of a source get at least the search they get in the reader.
 */
export function anchorInSources(db: Database.Database, annotations: readonly Annotation[], anchorAll: AnchorAll): Annotation[] {
  const placed = [...annotations];
  const indexesBySource = new Map<SourceId, number[]>();
  annotations.forEach((annotation, index) => {
    const indexes = indexesBySource.get(annotation.sourceId);
    if (indexes) indexes.push(index);
    else indexesBySource.set(annotation.sourceId, [index]);
  });
  for (const [sourceId, indexes] of indexesBySource) {
    const anchors = anchorAll(
      sourceText(db, sourceId),
      indexes.map((index) => annotations[index]!.span),
    );
    indexes.forEach((index, n) => {
      placed[index] = { ...annotations[index]!, anchor: anchors[n]! };
    });
  }
  return placed;
}

/** Entity types of audit entries: claims have their own history (fact-checks must be accountable). */
/**
 * The id a new annotation gets: one past the highest ever given (migration 12), so a deleted
 * annotation's id, which notes, pins, links and evidence may still name, is never reused.
 */
function nextAnnotationId(db: Database.Database): number {
  const last = db.prepare("SELECT last FROM id_high_water WHERE name = 'annotation'").pluck().get() as number | undefined;
  const highest = db.prepare('SELECT coalesce(max(id), 0) FROM annotation').pluck().get() as number;
  return Math.max(last ?? 0, highest) + 1;
}

function auditType(kind: AnnotationKind): 'claim' | 'annotation' {
  return kind === 'claim' ? 'claim' : 'annotation';
}

function writeKindFields(db: Database.Database, id: number, kind: AnnotationKind, fields: {
  quote?: QuoteFields | null;
  claim?: ClaimFields | null;
  event?: EventFields | null;
}): void {
  if (kind === 'quote' && fields.quote) {
    const q = fields.quote;
    db.prepare(
      `INSERT INTO quote (annotation_id, speaker_id, said_on, channel, addressed_to, direct) VALUES (?, ?, ?, ?, ?, ?)
       ON CONFLICT (annotation_id) DO UPDATE SET speaker_id = excluded.speaker_id, said_on = excluded.said_on,
         channel = excluded.channel, addressed_to = excluded.addressed_to, direct = excluded.direct`,
    ).run(id, q.speakerId, q.saidOn, q.channel, q.addressedTo, q.direct ? 1 : 0);
  }
  if (kind === 'claim' && fields.claim) {
    const c = fields.claim;
    db.prepare(
      `INSERT INTO claim (annotation_id, speaker_id, status, claimed_on) VALUES (?, ?, ?, ?)
       ON CONFLICT (annotation_id) DO UPDATE SET speaker_id = excluded.speaker_id, status = excluded.status,
         claimed_on = excluded.claimed_on`,
    ).run(id, c.speakerId, c.status, c.claimedOn);
  }
  if (kind === 'event' && fields.event) {
    const e = fields.event;
    db.prepare(
      `INSERT INTO event (annotation_id, what, starts_on, ends_on, approximate) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (annotation_id) DO UPDATE SET what = excluded.what, starts_on = excluded.starts_on,
         ends_on = excluded.ends_on, approximate = excluded.approximate`,
    ).run(id, e.what, e.startsOn, e.endsOn, e.approximate ? 1 : 0);
    db.prepare('DELETE FROM event_entity WHERE annotation_id = ?').run(id);
    const link = db.prepare('INSERT OR IGNORE INTO event_entity (annotation_id, entity_id) VALUES (?, ?)');
    for (const entityId of e.entityIds) link.run(id, entityId);
  }
}

function checkEntities(db: Database.Database, ids: Array<number | null | undefined>): void {
  const exists = db.prepare('SELECT merged_into FROM entity WHERE id = ?');
  for (const id of ids) {
    if (id == null) continue;
    const row = exists.get(id) as { merged_into: number | null } | undefined;
    if (!row) throw new ServiceError('NOT_FOUND', `Entity #${id} is not in this investigation; it may have been removed.`);
    if (row.merged_into !== null) throw new ServiceError('INVALID_PARAMS', `Entity #${id} was merged into another; link that one instead.`);
  }
}

/**
 * Tags a span of a source. The span is given as code-point offsets; its selectors are made
 * here from the stored text. Optionally keeps the given id (undoing a deletion restores the
 * very annotation, so notes and exports that cite it stay right).
 */
export function createAnnotation(db: Database.Database, raw: NewAnnotation & { id?: number; createdAt?: string }, now = new Date().toISOString()): Annotation {
  const input = newAnnotationSchema.parse(raw);
  return db.transaction(() => {
    const text = sourceText(db, input.sourceId);
    const { start, end } = input.span;
    if (end > text.codePoints.length || start >= end) {
      throw new ServiceError('INVALID_PARAMS', `The span ${start}–${end} lies outside the source’s text (${text.codePoints.length} characters).`);
    }
    const span = spanAt(text, start, end);
    if (span.exact !== input.span.exact) {
      throw new ServiceError('INVALID_PARAMS', 'The selected text does not match the source at that place; reopen the source and select it again.');
    }
    const quote = input.kind === 'quote' ? { ...EMPTY_QUOTE, ...input.quote } : null;
    const claim = input.kind === 'claim' ? { ...EMPTY_CLAIM, ...input.claim } : null;
    const event = input.kind === 'event' ? { ...EMPTY_EVENT, ...input.event } : null;
    checkEntities(db, [input.entityId, quote?.speakerId, claim?.speakerId, ...(event?.entityIds ?? [])]);
    const result = db
      .prepare(
        `INSERT INTO annotation (id, source_id, kind, start, end, exact, prefix, suffix, entity_id, note, created_at, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(raw.id ?? nextAnnotationId(db), input.sourceId, input.kind, start, end, span.exact, span.prefix, span.suffix, input.entityId, input.note, raw.createdAt ?? now, now);
    const id = Number(result.lastInsertRowid);
    writeKindFields(db, id, input.kind, { quote, claim, event });
    const created = requireAnnotation(db, id);
    appendAudit(db, { entityType: auditType(input.kind), entityId: id, action: raw.id ? 'restore' : 'create', after: created }, now);
    return created;
  })();
}

export function updateAnnotation(db: Database.Database, id: AnnotationId, rawChanges: AnnotationChanges, now = new Date().toISOString()): Annotation {
  const changes = annotationChangesSchema.parse(rawChanges);
  return db.transaction(() => {
    const before = requireAnnotation(db, id);
    const quote = before.quote && changes.quote ? { ...before.quote, ...changes.quote } : null;
    const claim = before.claim && changes.claim ? { ...before.claim, ...changes.claim } : null;
    const event = before.event && changes.event ? { ...before.event, ...changes.event } : null;
    checkEntities(db, [changes.entityId, quote?.speakerId, claim?.speakerId, ...(event?.entityIds ?? [])]);
    db.prepare('UPDATE annotation SET entity_id = ?, note = ?, updated_at = ? WHERE id = ?').run(
      changes.entityId !== undefined ? changes.entityId : before.entityId,
      changes.note ?? before.note,
      now,
      id,
    );
    writeKindFields(db, id, before.kind, { quote, claim, event });
    const after = requireAnnotation(db, id);
    appendAudit(db, { entityType: auditType(before.kind), entityId: id, action: 'update', before, after }, now);
    return after;
  })();
}

/** Deletes an annotation and returns it whole, so it can be restored (undo). */
export function deleteAnnotation(db: Database.Database, id: AnnotationId, now = new Date().toISOString()): Annotation {
  return db.transaction(() => {
    const before = requireAnnotation(db, id);
    db.prepare('DELETE FROM annotation WHERE id = ?').run(id);
    appendAudit(db, { entityType: auditType(before.kind), entityId: id, action: 'delete', before }, now);
    return before;
  })();
}

/** Puts back a deleted annotation with its id, span and fields (undo of a delete, redo of a create). */
export function restoreAnnotation(db: Database.Database, annotation: Annotation): Annotation {
  if (getAnnotation(db, annotation.id)) throw new ServiceError('INVALID_PARAMS', `Annotation #${annotation.id} already exists.`);
  return createAnnotation(db, {
    id: annotation.id,
    createdAt: annotation.createdAt,
    sourceId: annotation.sourceId,
    kind: annotation.kind,
    span: annotation.span,
    entityId: annotation.entityId,
    note: annotation.note,
    ...(annotation.quote ? { quote: annotation.quote } : {}),
    ...(annotation.claim ? { claim: annotation.claim } : {}),
    ...(annotation.event ? { event: annotation.event } : {}),
  });
}

/** How many annotations each source has, for the sources table. */
export function annotationCounts(db: Database.Database): Map<SourceId, number> {
  const rows = db.prepare('SELECT source_id, count(*) AS n FROM annotation GROUP BY source_id').all() as Array<{ source_id: number; n: number }>;
  return new Map(rows.map((row) => [row.source_id, row.n]));
}
