import { useCallback, useEffect, useRef, useState } from 'react';
import type { AppEvent } from '../../../../shared/contract';
import type { ClaimStatus } from '../../../../shared/domain/annotation';
import { CHECK_METHOD_LABELS, type CheckMethod, type FactCheck } from '../../../../shared/domain/fact-check';
import { useApi } from '../../app/api-context';
import { annotationRoute, navigate } from '../../app/route';
import { formatPartialDate } from '../../ui/format-date';
import { Icon } from '../../ui/icons';
import type { AuditRecord } from '../entities/audit-diff';
import { HistoryList } from '../entities/HistoryList';
import { useLiveQuery } from '../entities/use-live-query';
import { describeCheckRecord } from './check-history-lines';
import { EvidenceSection } from './EvidenceSection';
import { useFactCheckSelection } from './fact-check-selection';
import { CLAIM_STATUS_LABELS, STATUS_KEYS } from './statuses';
import { useCheckActions } from './use-check-actions';

const DAY = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

function today(): string {
  const now = new Date();
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

/** A text saved when it is left (or on Enter for one line), at most once per value. */
function SavedText(props: { label: string; value: string; multiline?: boolean; placeholder?: string; onSave(value: string): void }) {
  const [draft, setDraft] = useState(props.value);
  const sent = useRef(props.value);
  useEffect(() => {
    setDraft(props.value);
    sent.current = props.value;
  }, [props.value]);
  const save = () => {
    if (draft === sent.current) return;
    sent.current = draft;
    props.onSave(draft);
  };
  return (
    <label className="field">
      <span className="field-label">{props.label}</span>
      {props.multiline ? (
        <textarea rows={3} value={draft} placeholder={props.placeholder} onChange={(event) => setDraft(event.target.value)} onBlur={save} />
      ) : (
        <input value={draft} placeholder={props.placeholder} onChange={(event) => setDraft(event.target.value)} onBlur={save} onKeyDown={(event) => event.key === 'Enter' && save()} />
      )}
    </label>
  );
}

/** The claim's history: every change of its check and status, who made it and when. */
function CheckHistory({ claimId }: { claimId: number }) {
  const api = useApi();
  const [open, setOpen] = useState(false);
  const load = useCallback(() => api.call('factCheck.history', { claimId }), [api, claimId]);
  const reloadsOn = useCallback((event: AppEvent) => event.type === 'factCheck.changed' && (event.claimIds.length === 0 || event.claimIds.includes(claimId)), [claimId]);
  return (
    <details className="annotation-history fc-history" open={open} onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>History</summary>
      {open ? <HistoryBody load={load} reloadsOn={reloadsOn} /> : null}
    </details>
  );
}

function HistoryBody(props: { load: () => Promise<AuditRecord[]>; reloadsOn(event: AppEvent): boolean }) {
  const { data, error } = useLiveQuery(props.load, props.reloadsOn);
  if (!data) return error ? <p className="field-error">{error}</p> : <p className="hint">Loading the history…</p>;
  if (data.length === 0) return <p className="hint">No changes yet.</p>;
  return <HistoryList records={data} describe={describeCheckRecord} label="Changes to the check, newest first" />;
}

/**
 * The fact-check's part of the inspector: the open claim's whole check, every field saved as
 * it is left and undoable with Ctrl/Cmd+Z, its evidence and its history. Null when no claim is open.
 */
export function FactCheckInspector() {
  const { openId, open, data, focusPending, consumeFocus } = useFactCheckSelection();
  const actions = useCheckActions();
  const check = openId !== null ? data?.claims.find((candidate) => candidate.claimId === openId) : undefined;
  const first = useRef<HTMLSelectElement>(null);
  const shown = check !== undefined;
  useEffect(() => {
    if (!focusPending || !shown) return;
    first.current?.focus();
    consumeFocus();
  }, [focusPending, shown, consumeFocus]);

  if (openId === null) return null;
  if (!check) return <p className="field-hint">{data ? 'This claim is no longer in the investigation.' : 'Loading the claim…'}</p>;
  const save = (changes: Parameters<typeof actions.update>[1], label?: string) => void actions.update(check, changes, label);
  const source = check.source;
  return (
    <article className="fc-inspector" aria-label="Claim check" data-status={check.status}>
      <div className="annotation-inspector-head">
        <h2 className="inspector-heading">
          <span className="tag-swatch tag-swatch-claim" aria-hidden="true" /> Claim check
        </h2>
        <button type="button" className="icon-button" title="Close (Esc)" aria-label="Close the check" onClick={() => open(null)}>
          <Icon name="close" size={16} />
        </button>
      </div>
      <blockquote className="annotation-exact fc-exact">{check.span.exact}</blockquote>
      <p className="fc-citation">
        {check.speaker ? <>— {check.speaker.name}, in </> : 'In '}
        <cite>{source.title}</cite>
        {source.outlet ? `, ${source.outlet}` : ''}
        {source.publishedDate ? `, ${formatPartialDate(source.publishedDate)}` : ''}
        {check.claimedOn ? <span className="fc-claimed-on"> (claimed {formatPartialDate(check.claimedOn)})</span> : null}
      </p>
      {check.anchor.state === 'orphaned' ? <p className="hint">This passage is no longer in the source’s text.</p> : null}
      <button type="button" className="button button-small fc-open-source" onClick={() => navigate(annotationRoute(source.id, check.claimId))}>
        Open in source
      </button>

      <div className="fc-check-fields">
        <label className="field">
          <span className="field-label">Status</span>
          <select ref={first} data-status={check.status} value={check.status} title="Status (1–6 in the sheet)" onChange={(event) => void actions.setStatus([check], event.target.value as ClaimStatus)}>
            {STATUS_KEYS.map(({ status, key }) => (
              <option key={status} value={status}>
                {CLAIM_STATUS_LABELS[status]} ({key})
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span className="field-label">Rating</span>
          <select value={check.rating?.id ?? ''} onChange={(event) => save({ ratingId: event.target.value === '' ? null : Number(event.target.value) }, 'Rating changed')}>
            <option value="">Not rated</option>
            {(data?.scale ?? []).map((rating) => (
              <option key={rating.id} value={rating.id}>
                {rating.label}
              </option>
            ))}
          </select>
        </label>
        <label className="field">
          <span className="field-label">Method</span>
          <select value={check.method ?? ''} onChange={(event) => save({ method: event.target.value === '' ? null : (event.target.value as CheckMethod) }, 'Method changed')}>
            <option value="">Not said</option>
            {(Object.keys(CHECK_METHOD_LABELS) as CheckMethod[]).map((method) => (
              <option key={method} value={method}>
                {CHECK_METHOD_LABELS[method]}
              </option>
            ))}
          </select>
        </label>
        <SavedText key={`checker-${check.claimId}`} label="Checker" value={check.checker} placeholder="Who checked it" onSave={(checker) => save({ checker }, 'Checker changed')} />
        <CheckedOn key={`on-${check.claimId}`} value={check.checkedOn} onSave={(checkedOn) => save({ checkedOn }, 'Date checked changed')} />
        <SavedText key={`notes-${check.claimId}`} label="Notes" value={check.notes} multiline placeholder="How it was checked, who was called, what is still open" onSave={(notes) => save({ notes }, 'Notes edited')} />
      </div>

      <EvidenceSection check={check} claims={data?.claims ?? []} onAdd={(evidence) => actions.addEvidence(check, evidence)} onRemove={(evidence) => void actions.removeEvidence(check, evidence)} />
      <CheckHistory claimId={check.claimId} />
    </article>
  );
}

function CheckedOn(props: { value: string | null; onSave(value: string | null): void }) {
  const [draft, setDraft] = useState(props.value ?? '');
  useEffect(() => setDraft(props.value ?? ''), [props.value]);
  const trimmed = draft.trim();
  const valid = trimmed === '' || DAY.test(trimmed);
  const save = (value = trimmed) => {
    if (value !== '' && !DAY.test(value)) return;
    if ((value || null) === props.value) return;
    props.onSave(value || null);
  };
  return (
    <div className="field">
      <label className="field-label" htmlFor="fc-checked-on">
        Checked on
      </label>
      <div className="field-row">
        <input id="fc-checked-on" value={draft} placeholder="YYYY-MM-DD" aria-invalid={!valid || undefined} onChange={(event) => setDraft(event.target.value)} onBlur={() => save()} onKeyDown={(event) => event.key === 'Enter' && save()} />
        <button
          type="button"
          className="button button-small"
          title="Checked today"
          onClick={() => {
            setDraft(today());
            save(today());
          }}
        >
          Today
        </button>
      </div>
      {!valid ? <span className="field-error">Write the day as YYYY-MM-DD, e.g. {today()}</span> : null}
    </div>
  );
}
