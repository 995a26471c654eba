import type { Entity } from '../../../../shared/domain/entity';
import { describeAuditRecord } from './history-lines';
import { useEntityHistory } from './use-entity-history';

const whenFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

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
      {!records ? (
        error ? null : <p className="hint">Loading the history…</p>
      ) : (
        <ol className="history-list">
          {[...records].reverse().map((record, index) => {
            const line = describeAuditRecord(record, nameOf);
            return (
              <li key={`${record.at}-${records.length - index}`} className="history-item">
                <div className="history-head">
                  <span className="history-summary">{line.summary}</span>
                  <span className="history-meta">
                    <time dateTime={record.at}>{whenFormat.format(new Date(record.at))}</time> · {record.actor}
                  </span>
                </div>
                {line.changes.length > 0 ? (
                  <dl className="history-changes">
                    {line.changes.map((change) => (
                      <div key={change.field} className="history-change">
                        <dt>{change.field}</dt>
                        <dd>
                          {line.showsBefore ? (
                            <>
                              {change.before ? <del>{change.before}</del> : <span className="empty-cell">none</span>}
                              <span className="history-arrow" aria-label="became">
                                {' → '}
                              </span>
                            </>
                          ) : null}
                          <ins>{change.after || <span className="empty-cell">none</span>}</ins>
                        </dd>
                      </div>
                    ))}
                  </dl>
                ) : null}
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
