import type Database from 'better-sqlite3';
import type { SourceId, SourceMetadataChanges, SourceSummary } from '../../../shared/domain/source';
import { sourceMetadataChangesSchema } from '../../../shared/domain/source';
import { appendAudit } from '../audit/audit-log';
import { ServiceError } from '../service-error';
import { getSourceSummary } from './source-repository';

/** Contract field → column; only these can change after import. */
const COLUMNS = {
  title: 'title',
  outlet: 'outlet',
  authors: 'authors',
  publishedDate: 'published_date',
  url: 'url',
  language: 'language',
  description: 'description',
} as const;

type Field = keyof typeof COLUMNS;

/**
 * Corrects a source's descriptive metadata in one transaction with its audit entry (what each
 * changed field was before and after). The evidence columns are not reachable from here, and
 * triggers refuse them anyway.
 */
export function updateSourceMetadata(
  db: Database.Database,
  id: SourceId,
  rawChanges: SourceMetadataChanges,
): { source: SourceSummary; changed: boolean } {
  const changes = sourceMetadataChangesSchema.parse(rawChanges);
  return db.transaction(() => {
    const before = getSourceSummary(db, id);
    if (!before) throw new ServiceError('NOT_FOUND', `There is no source #${id} in this investigation; it may have been removed.`);
    const fields = (Object.keys(changes) as Field[]).filter((field) => changes[field] !== undefined);
    const changed = fields.filter((field) => JSON.stringify(changes[field]) !== JSON.stringify(before[field]));
    if (changed.length === 0) return { source: before, changed: false };

    const assignments = changed.map((field) => `${COLUMNS[field]} = @${field}`).join(', ');
    const values: Record<string, unknown> = { id };
    for (const field of changed) values[field] = field === 'authors' ? JSON.stringify(changes.authors) : changes[field];
    db.prepare(`UPDATE source SET ${assignments} WHERE id = @id`).run(values);

    appendAudit(db, {
      entityType: 'source',
      entityId: id,
      action: 'update',
      before: Object.fromEntries(changed.map((field) => [field, before[field]])),
      after: Object.fromEntries(changed.map((field) => [field, changes[field]])),
    });
    return { source: getSourceSummary(db, id)!, changed: true };
  })();
}

/**
 * Deletes a source and, through foreign keys, everything anchored to it. The audit log keeps
 * what was removed (title and SHA-256), so a later reader can tell a source once existed.
 */
export function deleteSource(db: Database.Database, id: SourceId): { deleted: boolean; annotationsDeleted: number } {
  return db.transaction(() => {
    const before = getSourceSummary(db, id);
    if (!before) return { deleted: false, annotationsDeleted: 0 };
    db.prepare('DELETE FROM source WHERE id = ?').run(id);
    appendAudit(db, {
      entityType: 'source',
      entityId: id,
      action: 'delete',
      before: { title: before.title, sha256: before.sha256, fileName: before.fileName, annotationCount: before.annotationCount },
    });
    return { deleted: true, annotationsDeleted: before.annotationCount };
  })();
}
