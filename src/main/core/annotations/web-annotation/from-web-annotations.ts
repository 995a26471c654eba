import type { Span } from '../../../../shared/domain/annotation';
import type { SourceId } from '../../../../shared/domain/source';
import { type Anchor, anchorAll, indexText, spanAt } from '../anchoring';
import { type AnnotationDraft, type ImportedEntity, readAnnotation } from './read-annotation';
import { readAnnotationItems } from './read-annotation-items';
import { describeIssue, fileAnnotationSchema } from './web-annotation-schema';

export interface ImportTarget {
  id: SourceId;
  /** The source's canonical text, which the annotations are placed in. */
  text: string;
}

/** An annotation of the file, placed in a source of the investigation and ready to be added. */
export interface ImportedAnnotation extends Omit<AnnotationDraft, 'sha256' | 'entities'> {
  sourceId: SourceId;
  /**
   * Where it is in the source's text now and how it was found. A placed annotation's `span`
   * is made afresh from the present text (so it is exact from now on); an orphaned one keeps
   * the selectors of the file, and will be listed as orphaned with its quote.
   */
  anchor: Anchor;
  /** Where the annotation was in the file (0-based) and its id there, for messages. */
  index: number;
  fileId: string | null;
}

export interface SkippedAnnotation {
  index: number;
  fileId: string | null;
  reason: string;
}

export interface WebAnnotationImport {
  annotations: ImportedAnnotation[];
  /** Every entity the kept annotations point at, once per key. */
  entities: ImportedEntity[];
  /** What could not be imported, and why: nothing is left out without a word. */
  skipped: SkippedAnnotation[];
}

/**
 * Reads a W3C Web Annotation file (a JSON string or its parsed value) into annotations of
 * this investigation's sources, matched by SHA-256 and re-anchored in their texts.
 * A file that is not Web Annotation JSON is refused with a ServiceError saying why; an
 * annotation that cannot be imported (its source is not here, it is malformed) is skipped
 * with a reason, and the rest are imported.
 */
export function fromWebAnnotations(file: unknown, sourcesBySha256: ReadonlyMap<string, ImportTarget>): WebAnnotationImport {
  const items = readAnnotationItems(file);
  const drafts: Array<{ index: number; fileId: string | null; draft: AnnotationDraft }> = [];
  const skipped: SkippedAnnotation[] = [];
  items.forEach((item, index) => {
    const fileId = idOf(item);
    const parsed = fileAnnotationSchema.safeParse(item);
    if (!parsed.success) {
      skipped.push({ index, fileId, reason: describeIssue(parsed.error) });
      return;
    }
    const read = readAnnotation(parsed.data, (sha256) => sourcesBySha256.has(sha256));
    if ('reason' in read) skipped.push({ index, fileId, reason: read.reason });
    else drafts.push({ index, fileId, draft: read });
  });

  const annotations = placeInSources(drafts, sourcesBySha256);
  const entities = new Map<string, ImportedEntity>();
  for (const { draft } of drafts) for (const entity of draft.entities) if (!entities.has(entity.key)) entities.set(entity.key, entity);
  return { annotations, entities: [...entities.values()], skipped };
}

/** Anchors the drafts source by source, each text indexed once. */
function placeInSources(
  drafts: Array<{ index: number; fileId: string | null; draft: AnnotationDraft }>,
  sourcesBySha256: ReadonlyMap<string, ImportTarget>,
): ImportedAnnotation[] {
  const bySource = new Map<string, typeof drafts>();
  for (const entry of drafts) {
    const group = bySource.get(entry.draft.sha256);
    if (group) group.push(entry);
    else bySource.set(entry.draft.sha256, [entry]);
  }
  const placed: ImportedAnnotation[] = [];
  for (const [sha256, group] of bySource) {
    const source = sourcesBySha256.get(sha256)!;
    const text = indexText(source.text);
    const anchors = anchorAll(text, group.map(({ draft }) => draft.span));
    group.forEach(({ index, fileId, draft }, position) => {
      const anchor = anchors[position]!;
      const { sha256: _sha256, entities: _entities, ...fields } = draft;
      const span: Span = anchor.state === 'orphaned' || anchor.start >= anchor.end ? draft.span : spanAt(text, anchor.start, anchor.end);
      placed.push({ ...fields, span, sourceId: source.id, anchor, index, fileId });
    });
  }
  return placed.sort((a, b) => a.index - b.index);
}

function idOf(item: unknown): string | null {
  if (typeof item !== 'object' || item === null) return null;
  const { id } = item as { id?: unknown };
  return typeof id === 'string' ? id.slice(0, 200) : null;
}
