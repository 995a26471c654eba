import type Database from 'better-sqlite3';
import type { ClaimStatus } from '../../../shared/domain/annotation';
import type { EntityType } from '../../../shared/domain/entity';
import type { CheckMethod, CitedSource, Evidence, EvidenceKind, FactCheck, Rating } from '../../../shared/domain/fact-check';
import { indexText } from '../annotations/anchoring';
import type { AnchorAll } from '../annotations/annotation-repository';
import { ServiceError } from '../service-error';
import { readEntityNames } from './entity-names';
import { listScale } from './rating-scale';

interface ClaimRow {
  id: number;
  source_id: number;
  start: number;
  end: number;
  exact: string;
  prefix: string;
  suffix: string;
  speaker_id: number | null;
  status: ClaimStatus;
  claimed_on: string | null;
  rating_id: number | null;
  method: CheckMethod | null;
  checker: string | null;
  checked_on: string | null;
  notes: string | null;
  check_updated_at: string | null;
}

interface EvidenceRow {
  id: number;
  claim_id: number;
  kind: EvidenceKind;
  annotation_id: number | null;
  source_id: number | null;
  url: string | null;
  text: string;
  cited: string;
  created_at: string;
}

const CLAIMS = `
  SELECT a.id, a.source_id, a.start, a.end, a.exact, a.prefix, a.suffix,
    c.speaker_id, c.status, c.claimed_on,
    k.rating_id, k.method, k.checker, k.checked_on, k.notes, k.updated_at AS check_updated_at
  FROM claim c
  JOIN annotation a ON a.id = c.annotation_id
  LEFT JOIN claim_check k ON k.claim_id = c.annotation_id`;

/** Every source that a claim appears in, keyed by id, as exports cite them. */
export function readCitedSources(db: Database.Database, ids?: readonly number[]): Map<number, CitedSource> {
  const where = ids ? 'WHERE id IN (SELECT value FROM json_each(?))' : '';
  const rows = db
    .prepare(`SELECT id, title, outlet, authors, published_date, url, file_name, sha256 FROM source ${where} ORDER BY id`)
    .all(...(ids ? [JSON.stringify(ids)] : [])) as Array<{
    id: number;
    title: string;
    outlet: string | null;
    authors: string;
    published_date: string | null;
    url: string | null;
    file_name: string | null;
    sha256: string;
  }>;
  return new Map(
    rows.map((row) => [
      row.id,
      {
        id: row.id,
        title: row.title,
        outlet: row.outlet,
        authors: (JSON.parse(row.authors) as unknown[]).filter((a): a is string => typeof a === 'string'),
        publishedDate: row.published_date,
        url: row.url,
        fileName: row.file_name,
        sha256: row.sha256,
      },
    ]),
  );
}

function toEvidence(row: EvidenceRow): Evidence {
  return {
    id: row.id,
    kind: row.kind,
    annotationId: row.annotation_id,
    sourceId: row.source_id,
    url: row.url,
    text: row.text,
    cited: row.cited,
    // The link was cleared when what it pointed at was removed (ON DELETE SET NULL).
    missing: (row.kind === 'annotation' && row.annotation_id === null) || (row.kind === 'source' && row.source_id === null),
    createdAt: row.created_at,
  };
}

/** The evidence of the given claims (all claims when none are given), in the order it was added. */
export function readEvidence(db: Database.Database, claimIds?: readonly number[]): Map<number, Evidence[]> {
  const where = claimIds ? 'WHERE claim_id IN (SELECT value FROM json_each(?))' : '';
  const rows = db
    .prepare(`SELECT * FROM claim_evidence ${where} ORDER BY claim_id, id`)
    .all(...(claimIds ? [JSON.stringify(claimIds)] : [])) as EvidenceRow[];
  const byClaim = new Map<number, Evidence[]>();
  for (const row of rows) {
    const list = byClaim.get(row.claim_id);
    if (list) list.push(toEvidence(row));
    else byClaim.set(row.claim_id, [toEvidence(row)]);
  }
  return byClaim;
}

/** Who makes a claim when no speaker is named: the source asserts it, as its outlet, authors or title. */
function asserting(source: CitedSource): string {
  return source.outlet ?? (source.authors.length > 0 ? source.authors.join(', ') : source.title);
}

/**
 * Claims as the fact-check sheet shows them: the words and position, the source with its
 * SHA-256, who makes the claim, and the check. All claims in reading order (source by source),
 * or exactly the given ones in the given order, so an export of a filtered, sorted sheet
 * keeps that order. Ids that are not claims of this investigation are refused by name.
 */
export function listFactChecks(db: Database.Database, options: { claimIds?: readonly number[]; anchorAll?: AnchorAll } = {}): FactCheck[] {
  const { claimIds } = options;
  const rows = claimIds
    ? (db.prepare(`${CLAIMS} WHERE c.annotation_id IN (SELECT value FROM json_each(?))`).all(JSON.stringify(claimIds)) as ClaimRow[])
    : (db.prepare(`${CLAIMS} ORDER BY a.source_id, a.start, a.end, a.id`).all() as ClaimRow[]);
  const ordered = claimIds ? inGivenOrder(rows, claimIds) : rows;
  const sources = readCitedSources(db, claimIds ? [...new Set(rows.map((row) => row.source_id))] : undefined);
  const ratings = new Map<number, Rating>(listScale(db).map((rating) => [rating.id, rating]));
  const names = readEntityNames(db);
  const evidence = readEvidence(db, claimIds);
  const anchors = options.anchorAll ? placeSpans(db, ordered, options.anchorAll) : null;
  return ordered.map((row, index) => {
    const source = sources.get(row.source_id)!;
    const speakerName = row.speaker_id === null ? undefined : names.nameOf(row.speaker_id);
    return {
      claimId: row.id,
      span: { start: row.start, end: row.end, exact: row.exact, prefix: row.prefix, suffix: row.suffix },
      anchor: anchors?.[index] ?? { state: 'exact', start: row.start, end: row.end },
      source,
      speaker:
        row.speaker_id === null || speakerName === undefined
          ? null
          : { id: names.current(row.speaker_id), name: speakerName, type: names.typeOf(row.speaker_id) as EntityType },
      assertedBy: speakerName ?? asserting(source),
      claimedOn: row.claimed_on,
      status: row.status,
      rating: row.rating_id === null ? null : (ratings.get(row.rating_id) ?? null),
      evidence: evidence.get(row.id) ?? [],
      method: row.method,
      checker: row.checker ?? '',
      checkedOn: row.checked_on,
      notes: row.notes ?? '',
      checkUpdatedAt: row.check_updated_at,
    };
  });
}

/** One claim's row; NOT_FOUND when it is not (or no longer) a claim of this investigation. */
export function getFactCheck(db: Database.Database, claimId: number): FactCheck {
  return listFactChecks(db, { claimIds: [claimId] })[0]!;
}

function inGivenOrder(rows: ClaimRow[], claimIds: readonly number[]): ClaimRow[] {
  const byId = new Map(rows.map((row) => [row.id, row]));
  const missing = [...new Set(claimIds)].filter((id) => !byId.has(id));
  if (missing.length > 0) throw notClaims(missing);
  return [...new Set(claimIds)].map((id) => byId.get(id)!);
}

export function notClaims(ids: readonly number[]): ServiceError {
  const list = ids.slice(0, 5).map((id) => `#${id}`).join(', ') + (ids.length > 5 ? ` and ${ids.length - 5} more` : '');
  return new ServiceError(
    'NOT_FOUND',
    ids.length === 1
      ? `Claim ${list} is not a claim of this investigation; it may have been removed or re-tagged. Reload the fact-check sheet.`
      : `Claims ${list} are not claims of this investigation; they may have been removed or re-tagged. Reload the fact-check sheet.`,
  );
}

/** Places each claim in its source's text as it is now (each text read and indexed once). */
function placeSpans(db: Database.Database, rows: ClaimRow[], anchorAll: AnchorAll): FactCheck['anchor'][] {
  const placed: FactCheck['anchor'][] = rows.map((row) => ({ state: 'exact', start: row.start, end: row.end }));
  const bySource = new Map<number, number[]>();
  rows.forEach((row, index) => {
    const indexes = bySource.get(row.source_id);
    if (indexes) indexes.push(index);
    else bySource.set(row.source_id, [index]);
  });
  const textOf = db.prepare('SELECT canonical_text FROM source WHERE id = ?').pluck();
  for (const [sourceId, indexes] of bySource) {
    const anchors = anchorAll(
      indexText(textOf.get(sourceId) as string),
      indexes.map((index) => ({ start: rows[index]!.start, end: rows[index]!.end, exact: rows[index]!.exact, prefix: rows[index]!.prefix, suffix: rows[index]!.suffix })),
    );
    indexes.forEach((index, n) => (placed[index] = anchors[n]!));
  }
  return placed;
}
