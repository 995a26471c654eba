import type { ReactNode } from 'react';
import type { ClaimStatus } from '../../../../shared/domain/annotation';
import type { FactCheckProgress } from '../../../../shared/domain/fact-check';
import { CLAIM_STATUS_ORDER } from './sheet-model';
import { CLAIM_STATUS_LABELS } from './statuses';

/**
 * How far the check has got: "3 of 8 checked", and a bar of the statuses, each segment in its
 * colour and named with its count beside it (colour is never the only cue). A segment is a
 * button: it filters the sheet to that status.
 */
export function ProgressBar(props: { progress: FactCheckProgress; active: readonly ClaimStatus[]; onPick(status: ClaimStatus): void; children?: ReactNode }) {
  const { total, checked, byStatus } = props.progress;
  const shown = CLAIM_STATUS_ORDER.filter((status) => (byStatus[status] ?? 0) > 0);
  const percent = total === 0 ? 0 : Math.round((checked / total) * 100);
  return (
    <section className="fc-progress" aria-label="Progress">
      <p className="fc-progress-summary">
        <strong>
          {checked.toLocaleString()} of {total.toLocaleString()}
        </strong>{' '}
        {total === 1 ? 'claim' : 'claims'} checked <span className="fc-progress-percent">({percent}%)</span>
      </p>
      <div className="fc-progress-bar" role="img" aria-label={shown.map((status) => `${CLAIM_STATUS_LABELS[status]}: ${byStatus[status]}`).join(', ')}>
        {shown.map((status) => (
          <span key={status} className="fc-progress-segment" data-status={status} style={{ flexGrow: byStatus[status] }} title={`${CLAIM_STATUS_LABELS[status]}: ${byStatus[status]}`} />
        ))}
      </div>
      <ul className="fc-progress-legend">
        {CLAIM_STATUS_ORDER.map((status) => (
          <li key={status}>
            <button
              type="button"
              className="fc-legend-item"
              data-status={status}
              aria-pressed={props.active.includes(status)}
              title={`Show only ${CLAIM_STATUS_LABELS[status].toLowerCase()} claims (click again to show all)`}
              onClick={() => props.onPick(status)}
            >
              <span className="fc-status-dot" aria-hidden="true" />
              {CLAIM_STATUS_LABELS[status]} <span className="fc-legend-count">{(byStatus[status] ?? 0).toLocaleString()}</span>
            </button>
          </li>
        ))}
      </ul>
      <div className="fc-progress-filters">{props.children}</div>
    </section>
  );
}
