import type { Entity } from '../../../../shared/domain/entity';
import { describeAuditRecord } from './history-lines';
import { HistoryList } from './HistoryList';
import { useEntityHistory } from './use-entity-history';

/** The audit log of the entity, newest first: who changed what, from what to what. */
export function EntityHistory({ entity, entities }: { entity: Entity; entities: Entity[] }) {
  const { data: records, error } = useEntityHistory(entity.id);
  const nameOf = (id: number) => entities.find((other) => other.id === id)?.name ?? null;

  return (
    <section className="entity-section" aria-labelledby="entity-history-heading">
      <h2 id="entity-history-heading" className="entity-section-heading">
        History
      </h2>
      {error ? <p className="field-error">{error}</p> : null}
      {!records ? error ? null : <p className="hint">Loading the history…</p> : <HistoryList records={records} describe={(record) => describeAuditRecord(record, nameOf)} />}
    </section>
  );
}
