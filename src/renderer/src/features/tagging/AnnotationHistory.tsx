import { useCallback, useRef, useState } from 'react';
import type { AppEvent } from '../../../../shared/contract';
import type { Entity } from '../../../../shared/domain/entity';
import { useApi } from '../../app/api-context';
import type { AuditRecord } from '../entities/audit-diff';
import { HistoryList } from '../entities/HistoryList';
import { useLiveQuery } from '../entities/use-live-query';
import { describeAnnotationRecord, entityIdsIn } from './annotation-history-lines';
import { useTagging } from './tagging-context';

interface LoadedHistory {
  records: AuditRecord[];
  /** Entities the history names that the registry no longer lists (merged since), by id. */
  formerNames: Map<number, string>;
}

/**
 * The annotation's audit log, loaded while it is shown and again after each change to the
 * source's annotations (an edit here, an undo, another window). A speaker merged into another
 * entity since is still named as it was then.
 */
function AnnotationHistoryList({ annotationId, sourceId }: { annotationId: number; sourceId: number }) {
  const api = useApi();
  const tagging = useTagging();
  // Read when loading, not a reason to load again: the registry changes far more than a history.
  const registry = useRef<ReadonlyMap<number, Entity>>(tagging.entitiesById);
  registry.current = tagging.entitiesById;

  const load = useCallback(async (): Promise<LoadedHistory> => {
    const records = await api.call('annotations.history', { id: annotationId });
    const unknown = entityIdsIn(records).filter((id) => !registry.current.has(id));
    const found = await Promise.allSettled(unknown.map((id) => api.call('entities.get', { id })));
    const formerNames = new Map(found.flatMap((result) => (result.status === 'fulfilled' ? [[result.value.entity.id, result.value.entity.name] as const] : [])));
    return { records, formerNames };
  }, [api, annotationId]);
  const reloadsOn = useCallback(
    // A merge is announced as a change to annotations too; names follow the registry as it is.
    (event: AppEvent) => event.type === 'annotations.changed' && event.sourceIds.includes(sourceId),
    [sourceId],
  );
  const { data, error } = useLiveQuery(load, reloadsOn);

  if (!data) return error ? <p className="field-error">{error}</p> : <p className="hint">Loading the history…</p>;
  const nameOf = (id: number) => tagging.entitiesById.get(id)?.name ?? data.formerNames.get(id) ?? null;
  return (
    <>
      {error ? <p className="field-error">{error}</p> : null}
      <HistoryList records={data.records} describe={(record) => describeAnnotationRecord(record, nameOf)} label="Changes, newest first" />
    </>
  );
}

/**
 * "History" under an annotation's fields, closed until asked for: when it was tagged and each
 * change since, who made it, from what to what. What makes a fact-check accountable.
 */
export function AnnotationHistory({ annotationId, sourceId }: { annotationId: number; sourceId: number }) {
  const [open, setOpen] = useState(false);
  return (
    <details className="annotation-history" open={open} onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>History</summary>
      {open ? <AnnotationHistoryList annotationId={annotationId} sourceId={sourceId} /> : null}
    </details>
  );
}
