import type { AuditRecord, HistoryLine } from './audit-diff';

const whenFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/**
 * An audit log, newest first: what was done, when and by whom, and each field that changed
 * from what to what. `describe` puts a record in words; the list only lays them out, so an
 * entity's history and an annotation's read the same.
 */
export function HistoryList({ records, describe, label }: { records: readonly AuditRecord[]; describe(record: AuditRecord): HistoryLine; label?: string }) {
  return (
    <ol className="history-list" aria-label={label}>
      {[...records].reverse().map((record, index) => {
        const line = describe(record);
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
  );
}
