import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { ClaimStatus } from '../../../../shared/domain/annotation';
import type { FactCheck } from '../../../../shared/domain/fact-check';
import { navigate, replaceRoute } from '../../app/route';
import { shortcutLabel } from '../../app/shortcut-label';
import { EmptyState } from '../../ui/EmptyState';
import { isTyping } from '../../ui/is-typing';
import { BulkBar } from './BulkBar';
import { ExportMenu } from './ExportMenu';
import { useFactCheckSelection } from './fact-check-selection';
import { factCheckQuery, filtersOf, isFiltered, nextOrder, readFactCheckState, type FactCheckState } from './fact-check-state';
import { FactCheckSheet, type SheetHandle } from './FactCheckSheet';
import { ProgressBar } from './ProgressBar';
import { ScaleDialog } from './ScaleDialog';
import { clearSelection, clickSelection, EMPTY_SELECTION, moveSelection, pruneSelection, selectAll, targetIds, toggleSelection, type Move, type SheetSelection } from './selection-model';
import { arrangeSheet, type GroupKey, type RatingFilter, type SortKey } from './sheet-model';
import { statusForKey } from './statuses';
import { useCheckActions } from './use-check-actions';
import { useFactChecks } from './use-fact-checks';

const MOVES: Readonly<Record<string, Move>> = { ArrowUp: 'up', ArrowDown: 'down', Home: 'home', End: 'end', PageUp: 'pageUp', PageDown: 'pageDown' };
const isMac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);

/**
 * The Fact-check view: every claim of the investigation as a sheet, with progress above,
 * filters, sorting and grouping kept in the route, inline status and rating, multi-select with
 * a bulk bar, and exports. The open claim's whole check is in the app's inspector.
 */
export function FactCheckView({ query }: { query: Record<string, string> | undefined }) {
  const state = readFactCheckState(query);
  const { data, error } = useFactChecks();
  const { openId, open, publish } = useFactCheckSelection();
  const actions = useCheckActions();
  const [selection, setSelection] = useState<SheetSelection>(EMPTY_SELECTION);
  const [bulkBusy, setBulkBusy] = useState(false);
  const [scaleOpen, setScaleOpen] = useState(false);
  const sheet = useRef<SheetHandle>(null);
  const search = useRef<HTMLInputElement>(null);
  useEffect(() => publish(data ?? null), [data, publish]);

  const stateKey = JSON.stringify(state);
  const filters = useMemo(() => filtersOf(state), [stateKey]); // eslint-disable-line react-hooks/exhaustive-deps
  const arranged = useMemo(
    () => (data ? arrangeSheet(data.claims, filters, { key: state.sort, direction: state.direction }, state.group) : { groups: [], rows: [] as FactCheck[] }),
    [data, filters, state.sort, state.direction, state.group],
  );
  const ids = useMemo(() => arranged.rows.map((check) => check.claimId), [arranged.rows]);
  const byId = useMemo(() => new Map(arranged.rows.map((check) => [check.claimId, check])), [arranged.rows]);
  useEffect(() => setSelection((current) => pruneSelection(current, ids)), [ids]);
  // The cursor starts on the claim open in the inspector, so the keyboard carries on from there.
  useEffect(() => {
    if (openId !== null && byId.has(openId)) setSelection((current) => (current.active === openId ? current : { ...current, active: openId, anchor: openId }));
  }, [openId, byId]);

  const change = useCallback(
    (changes: Partial<FactCheckState>, typing = false) => {
      const next = { view: 'factcheck' as const, rest: [], query: factCheckQuery({ ...readFactCheckState(query), ...changes }) };
      if (typing) replaceRoute(next);
      else navigate(next);
    },
    [query],
  );

  const setStatus = useCallback(
    async (targets: number[], status: ClaimStatus) => {
      const checks = targets.map((id) => byId.get(id)).filter((check): check is FactCheck => Boolean(check));
      if (checks.length === 0) return;
      setBulkBusy(true);
      await actions.setStatus(checks, status);
      setBulkBusy(false);
    },
    [actions, byId],
  );

  const toggleStatusFilter = (status: ClaimStatus) =>
    change({ statuses: state.statuses.includes(status) ? state.statuses.filter((s) => s !== status) : [...state.statuses, status] });

  function onSheetKeyDown(event: React.KeyboardEvent<HTMLTableElement>) {
    if (isTyping(event.target)) return;
    const mod = isMac ? event.metaKey : event.ctrlKey;
    if (mod && !event.altKey && !event.shiftKey && event.key.toLowerCase() === 'a') {
      event.preventDefault();
      setSelection((current) => selectAll(current, ids));
      return;
    }
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    const move = MOVES[event.key];
    if (move) {
      event.preventDefault();
      const next = moveSelection(selection, ids, move, event.shiftKey);
      setSelection(next);
      // An open check follows the cursor, like a preview.
      if (openId !== null && next.active !== null && next.active !== openId) open(next.active);
      return;
    }
    const active = selection.active;
    if (event.key === ' ') {
      event.preventDefault();
      if (active !== null) setSelection((current) => toggleSelection(current, active));
      else if (ids.length) setSelection((current) => moveSelection(current, ids, 'home', false));
    } else if (event.key === 'Enter') {
      event.preventDefault();
      const target = active ?? ids[0];
      if (target !== undefined) {
        setSelection((current) => ({ ...current, active: target }));
        open(target, { focus: true });
      }
    } else if (event.key === 'Escape') {
      if (selection.selected.size > 0) {
        event.preventDefault();
        setSelection(clearSelection);
      } else if (openId !== null) {
        event.preventDefault();
        open(null);
      }
    } else if (event.key === 's' || event.key === 'S' || event.key === 'r' || event.key === 'R') {
      if (active === null) return;
      event.preventDefault();
      sheet.current?.editCell(active, event.key.toLowerCase() === 's' ? 'status' : 'rating');
    } else if (event.key === '/') {
      event.preventDefault();
      search.current?.focus();
    } else {
      const status = statusForKey(event.key);
      if (!status) return;
      event.preventDefault();
      void setStatus(targetIds(selection, ids), status);
    }
  }

  if (!data) {
    return <div className="fc-view">{error ? <p className="field-error fc-error" role="alert">{error}</p> : <p className="view-loading">Loading the claims…</p>}</div>;
  }

  if (data.claims.length === 0) {
    return (
      <div className="fc-view">
        <EmptyState
          icon="factcheck"
          title="No claims to check yet"
          action={
            <button type="button" className="button button-primary" onClick={() => navigate({ view: 'sources', rest: [] })}>
              Go to Sources
            </button>
          }
        >
          This sheet lists every checkable claim in your sources: who made it, where it appears, the evidence and the verdict, ready to export as a memo, a spreadsheet or
          ClaimReview. To add one, open a source, select the claim’s words and press <kbd>C</kbd>.
        </EmptyState>
      </div>
    );
  }

  const filtered = isFiltered(state);
  const usedRatings = new Set(data.claims.flatMap((check) => (check.rating ? [check.rating.id] : [])));
  const selectedCount = selection.selected.size;
  return (
    <div className="fc-view">
      <header className="fc-toolbar">
        <h1 className="fc-title">Fact-check</h1>
        <label className="fc-search">
          <span className="visually-hidden">Search the claims</span>
          <input
            ref={search}
            type="search"
            placeholder="Search claims (/)"
            title="Search the claims (/)"
            value={state.query}
            onChange={(event) => change({ query: event.target.value }, true)}
            onKeyDown={(event) => {
              if (event.key === 'Escape' || event.key === 'Enter' || event.key === 'ArrowDown') {
                event.preventDefault();
                sheet.current?.focus();
              }
            }}
          />
        </label>
        <label className="fc-field">
          Group by
          <select value={state.group} onChange={(event) => change({ group: event.target.value as GroupKey })}>
            <option value="none">nothing</option>
            <option value="status">status</option>
            <option value="source">source</option>
            <option value="speaker">speaker</option>
            <option value="rating">rating</option>
          </select>
        </label>
        <span className="fc-toolbar-spacer" />
        <button type="button" className="button" title="Rename, reorder, add or remove ratings" onClick={() => setScaleOpen(true)}>
          Rating scale…
        </button>
        <ExportMenu shownIds={ids} selectedIds={ids.filter((id) => selection.selected.has(id))} total={data.claims.length} filtered={filtered} />
      </header>
      <ProgressBar progress={data.progress} active={state.statuses} onPick={toggleStatusFilter}>
        <label className="fc-field">
          Rating
          <select value={String(state.rating)} onChange={(event) => change({ rating: (event.target.value === 'any' || event.target.value === 'none' ? event.target.value : Number(event.target.value)) as RatingFilter })}>
            <option value="any">any</option>
            <option value="none">not rated</option>
            {data.scale.map((rating) => (
              <option key={rating.id} value={rating.id}>
                {rating.label}
              </option>
            ))}
          </select>
        </label>
        {filtered ? (
          <button type="button" className="link-button" onClick={() => change({ statuses: [], query: '', rating: 'any' })}>
            Clear filters
          </button>
        ) : null}
      </ProgressBar>
      {error ? (
        <p className="field-error fc-error" role="alert">
          {error}
        </p>
      ) : null}
      {arranged.rows.length === 0 ? (
          <div className="fc-none" role="status">
            <p>No claim matches these filters.</p>
            <button type="button" className="button" onClick={() => change({ statuses: [], query: '', rating: 'any' })}>
              Clear filters
            </button>
          </div>
        ) : (
          <FactCheckSheet
            ref={sheet}
            groups={arranged.groups}
            scale={data.scale}
            order={{ key: state.sort, direction: state.direction }}
            selection={selection}
            openId={openId}
            onSort={(key: SortKey) => change(nextOrder(state, key))}
            onRowClick={(check, modifiers) => {
              const next = clickSelection(selection, ids, check.claimId, modifiers);
              setSelection(next);
              if (!modifiers.shift && !modifiers.toggle) open(check.claimId);
              sheet.current?.focus();
            }}
            onToggle={(check) => setSelection((current) => toggleSelection(current, check.claimId))}
            onToggleAll={() => setSelection((current) => (current.selected.size === ids.length ? clearSelection(current) : selectAll(current, ids)))}
            onStatus={(check, status) => void actions.setStatus([check], status)}
            onRating={(check, ratingId) => void actions.update(check, { ratingId }, 'Rating changed')}
            onKeyDown={onSheetKeyDown}
          />
        )}
      <p className="fc-footer-hint">
        {arranged.rows.length.toLocaleString()} of {data.claims.length.toLocaleString()} claims shown · <kbd>↑</kbd> <kbd>↓</kbd> move · <kbd>Enter</kbd> open · <kbd>Space</kbd> select ·{' '}
        <kbd>1</kbd>–<kbd>6</kbd> status · <kbd>{shortcutLabel('Mod+Z')}</kbd> undo · <kbd>?</kbd> all keys
      </p>
      {selectedCount > 0 ? <BulkBar count={selectedCount} busy={bulkBusy} onStatus={(status) => void setStatus(targetIds(selection, ids), status)} onClear={() => setSelection(clearSelection)} /> : null}
      {scaleOpen ? <ScaleDialog scale={data.scale} usedIds={usedRatings} onClose={() => setScaleOpen(false)} /> : null}
    </div>
  );
}
