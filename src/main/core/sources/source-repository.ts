import crypto from 'node:crypto';
import type Database from 'better-sqlite3';
import { z } from 'zod';
import { partialDateSchema, type PartialDate } from '../../../shared/domain/dates';
import {
  textBlockSchema,
  type SourceDetail,
  type SourceId,
  type SourceSummary,
  type TextBlock,
} from '../../../shared/domain/source';
import { ServiceError } from '../service-error';
import { codePointLength, countWords } from './text-measures';

/** A source about to be imported: the evidence (original, canonical text) and its metadata. */
export interface NewSource {
  title: string;
  outlet?: string | null;
  authors?: string[];
  publishedDate?: PartialDate | null;
  url?: string | null;
  language?: string | null;
  description?: string;
  fileName?: string | null;
  mimeType: string;
  original: Uint8Array;
  canonicalText: string;
  structure: TextBlock[];
  /** Defaults to now. */
  importedAt?: string;
}

const blocksSchema = z.array(textBlockSchema);

/**
 * Stores a new source and returns its id. The SHA-256, size and word count are computed here
 * from what is stored, never taken from the caller, so they always describe the evidence.
 * Must run inside the caller's transaction when other rows depend on it.
 */
export function insertSource(db: Database.Database, input: NewSource): SourceId {
  const original = Buffer.from(input.original.buffer, input.original.byteOffset, input.original.byteLength);
  const sha256 = sha256Of(original);
  const existing = db.prepare('SELECT title FROM source WHERE sha256 = ?').pluck().get(sha256) as string | undefined;
  if (existing !== undefined) {
    throw new ServiceError(
      'FILE_EXISTS',
      `This file is already in the investigation as “${existing}”, so it was not imported a second time.`,
    );
  }
  checkStructure(input.structure, codePointLength(input.canonicalText));
  const publishedDate = input.publishedDate == null ? null : partialDateSchema.parse(input.publishedDate);

  const result = db
    .prepare(
      `INSERT INTO source (title, outlet, authors, published_date, url, language, description, file_name,
         mime_type, size_bytes, sha256, original, canonical_text, structure, word_count, imported_at)
       VALUES (@title, @outlet, @authors, @publishedDate, @url, @language, @description, @fileName,
         @mimeType, @sizeBytes, @sha256, @original, @canonicalText, @structure, @wordCount, @importedAt)`,
    )
    .run({
      title: input.title,
      outlet: input.outlet ?? null,
      authors: JSON.stringify(input.authors ?? []),
      publishedDate,
      url: input.url ?? null,
      language: input.language ?? null,
      description: input.description ?? '',
      fileName: input.fileName ?? null,
      mimeType: input.mimeType,
      sizeBytes: original.length,
      sha256,
      original,
      canonicalText: input.canonicalText,
      structure: JSON.stringify(input.structure),
      wordCount: countWords(input.canonicalText),
      importedAt: input.importedAt ?? new Date().toISOString(),
    });
  return Number(result.lastInsertRowid);
}

/** Blocks must lie inside the text, in order: annotations and the reader rely on both. */
function checkStructure(structure: TextBlock[], textLength: number): void {
  const blocks = blocksSchema.parse(structure);
  let previousEnd = 0;
  for (const block of blocks) {
    if (block.start < previousEnd || block.end < block.start || block.end > textLength) {
      throw new Error(
        `Block ${JSON.stringify(block)} lies outside the text (${textLength} code points) or overlaps the one before it.`,
      );
    }
    previousEnd = block.end;
  }
}

interface SummaryRow {
  id: number;
  title: string;
  outlet: string | null;
  authors: string;
  published_date: string | null;
  url: string | null;
  file_name: string | null;
  mime_type: string;
  size_bytes: number;
  sha256: string;
  imported_at: string;
  word_count: number;
  description: string;
  language: string | null;
  annotation_count: number;
}

interface DetailRow extends SummaryRow {
  canonical_text: string;
  structure: string;
}

const SUMMARY_COLUMNS = `id, title, outlet, authors, published_date, url, file_name, mime_type, size_bytes,
  sha256, imported_at, word_count, description, language,
  (SELECT count(*) FROM annotation WHERE annotation.source_id = source.id) AS annotation_count`;

function toSummary(row: SummaryRow): SourceSummary {
  return {
    id: row.id,
    title: row.title,
    outlet: row.outlet,
    authors: JSON.parse(row.authors) as string[],
    publishedDate: row.published_date,
    url: row.url,
    fileName: row.file_name,
    mimeType: row.mime_type,
    sizeBytes: row.size_bytes,
    sha256: row.sha256,
    importedAt: row.imported_at,
    wordCount: row.word_count,
    annotationCount: row.annotation_count,
    description: row.description,
    language: row.language,
  };
}

/** Every source, newest import first; the original bytes and text stay in the file. */
export function listSources(db: Database.Database): SourceSummary[] {
  const rows = db
    .prepare(`SELECT ${SUMMARY_COLUMNS} FROM source ORDER BY imported_at DESC, id DESC`)
    .all() as SummaryRow[];
  return rows.map(toSummary);
}

export function getSource(db: Database.Database, id: SourceId): SourceDetail | null {
  const row = db
    .prepare(`SELECT ${SUMMARY_COLUMNS}, canonical_text, structure FROM source WHERE id = ?`)
    .get(id) as DetailRow | undefined;
  if (!row) return null;
  return {
    ...toSummary(row),
    text: row.canonical_text,
    blocks: JSON.parse(row.structure) as TextBlock[],
  };
}

export function getSourceSummary(db: Database.Database, id: SourceId): SourceSummary | null {
  const row = db.prepare(`SELECT ${SUMMARY_COLUMNS} FROM source WHERE id = ?`).get(id) as SummaryRow | undefined;
  return row ? toSummary(row) : null;
}

/** The source already holding these exact bytes, if any: importing them again would add nothing. */
export function findSourceBySha256(db: Database.Database, sha256: string): { id: SourceId; title: string } | null {
  const row = db.prepare('SELECT id, title FROM source WHERE sha256 = ?').get(sha256) as
    | { id: number; title: string }
    | undefined;
  return row ?? null;
}

export function sha256Of(bytes: Uint8Array): string {
  return crypto.createHash('sha256').update(bytes).digest('hex');
}

export function countSources(db: Database.Database): number {
  return db.prepare('SELECT count(*) FROM source').pluck().get() as number;
}
