import type Database from 'better-sqlite3';
import type { AppEvent } from '../../../../shared/contract';
import type { ImportItem, ImportResult } from '../../../../shared/domain/import';
import { appendAudit } from '../../audit/audit-log';
import { ServiceError } from '../../service-error';
import type { TaskHandle } from '../../tasks';
import { findSourceBySha256, insertSource, sha256Of } from '../source-repository';
import { detectFormat } from './detect-format';
import type { GrantedPaths } from './granted-paths';
import type { DocumentParser, ParseJob } from './document-parser';
import { nameOfItem, resolveItem, type ResolvedItem } from './resolve-item';
import { sourceFromDocument } from './source-from-document';
import type { StagingArea } from './staging-area';
import { ImportRefusal } from './types';

export interface ImportBatchDeps {
  /** The open investigation's database; throws when none is open. */
  db(): Database.Database;
  parser: DocumentParser;
  staging: StagingArea;
  grantedPaths: GrantedPaths;
  emit(event: AppEvent): void;
}

/**
 * Imports items one after another. Each item is its own transaction, so a bad file never
 * undoes or blocks the good ones, and cancelling keeps what was already imported. Every item
 * gets a result: imported, duplicate (same bytes already here), failed (with the reason) or
 * cancelled.
 */
export async function importBatch(items: ImportItem[], task: TaskHandle, deps: ImportBatchDeps): Promise<ImportResult[]> {
  const db = deps.db();
  const results: ImportResult[] = [];
  const names = items.map((item) => nameOfItem(item, deps.staging));
  task.progress(0, items.length);
  let importedAny = false;

  for (const [index, item] of items.entries()) {
    const name = names[index]!;
    let result: ImportResult;
    if (task.signal.aborted || !stillOpen(db, deps)) {
      result = task.signal.aborted
        ? { name, status: 'cancelled', message: 'Not imported: the import was cancelled.' }
        : { name, status: 'failed', message: 'Not imported: the investigation was closed during the import.' };
      // Uploads that will never be imported should not wait out their expiry.
      if (item.kind === 'staged') deps.staging.take(item.stagedId);
    } else {
      result = await importOne(item, name, db, task.signal, deps);
      if (result.status === 'imported') importedAny = true;
    }
    results.push(result);
    deps.emit({ type: 'import.item', taskId: task.taskId, index, total: items.length, result });
    task.progress(index + 1, items.length);
  }
  if (importedAny) deps.emit({ type: 'sources.changed' });
  return results;
}

async function importOne(
  item: ImportItem,
  name: string,
  db: Database.Database,
  signal: AbortSignal,
  deps: ImportBatchDeps,
): Promise<ImportResult> {
  let sha256: string | null = null;
  try {
    const resolved = await resolveItem(item, deps);
    if (resolved.bytes.length === 0) {
      throw new ImportRefusal('empty', `“${resolved.name}” is empty: there is nothing in it to import.`);
    }
    sha256 = sha256Of(resolved.bytes);
    const existing = findSourceBySha256(db, sha256);
    if (existing) return duplicateOf(resolved.name, existing);

    signal.throwIfAborted();
    const document = await deps.parser.parse(jobFor(resolved), { signal });
    if (!stillOpen(db, deps)) {
      return { name, status: 'failed', message: 'Not imported: the investigation was closed during the import.' };
    }
    const source = sourceFromDocument(document, resolved);
    const sourceId = db.transaction(() => {
      const id = insertSource(db, source);
      appendAudit(db, { entityType: 'source', entityId: id, action: 'import', after: { title: source.title, sha256, fileName: resolved.fileName } });
      return id;
    })();
    return { name: resolved.name, status: 'imported', sourceId, title: source.title };
  } catch (error) {
    if (signal.aborted) return { name, status: 'cancelled', message: 'Not imported: the import was cancelled.' };
    if (error instanceof ImportRefusal) return { name, status: 'failed', message: error.message };
    if (error instanceof ServiceError && error.code === 'FILE_EXISTS' && sha256) {
      // Another window imported the same bytes while this one was reading them.
      const existing = findSourceBySha256(db, sha256);
      if (existing) return duplicateOf(name, existing);
    }
    const detail = error instanceof Error ? error.message : String(error);
    return { name, status: 'failed', message: `“${name}” could not be read: ${detail}` };
  }
}

function duplicateOf(name: string, existing: { id: number; title: string }): ImportResult {
  return {
    name,
    status: 'duplicate',
    sourceId: existing.id,
    title: existing.title,
    message: `Already in this investigation as “${existing.title}”.`,
  };
}

function jobFor(resolved: ResolvedItem): ParseJob {
  if (resolved.paste) return { format: 'paste', ...resolved.paste };
  const fileName = resolved.fileName ?? resolved.name;
  return { format: detectFormat(resolved.bytes, fileName), bytes: resolved.bytes, fileName };
}

function stillOpen(db: Database.Database, deps: ImportBatchDeps): boolean {
  try {
    return deps.db() === db && db.open;
  } catch {
    return false;
  }
}
