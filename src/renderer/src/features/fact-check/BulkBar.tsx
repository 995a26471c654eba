import type { ClaimStatus } from '../../../../shared/domain/annotation';
import { STATUS_KEYS } from './statuses';

/** Shown while claims are selected: one status for all of them, undoable as one step. */
export function BulkBar(props: { count: number; busy: boolean; onStatus(status: ClaimStatus): void; onClear(): void }) {
  return (
    <div className="fc-bulk" role="toolbar" aria-label="Selected claims">
      <span className="fc-bulk-count" aria-live="polite">
        {props.count.toLocaleString()} selected
      </span>
      <span className="fc-bulk-label">Set status (1–6):</span>
      {STATUS_KEYS.map(({ status, key, label }) => (
        <button key={status} type="button" className="button button-small fc-bulk-status" data-status={status} disabled={props.busy} title={`Set ${props.count === 1 ? 'this claim' : `these ${props.count} claims`} to ${label.toLowerCase()} (${key})`} onClick={() => props.onStatus(status)}>
          <span className="fc-status-dot" aria-hidden="true" />
          {label}
        </button>
      ))}
      <span className="fc-toolbar-spacer" />
      <button type="button" className="button button-small" title="Clear the selection (Esc)" onClick={props.onClear}>
        Clear
      </button>
    </div>
  );
}
