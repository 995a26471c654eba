import { forwardRef, useImperativeHandle, useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { ClaimStatus } from '../../../../shared/domain/annotation';
import { CHECK_METHOD_LABELS, type FactCheck, type Rating } from '../../../../shared/domain/fact-check';
import { annotationRoute, routeToHash } from '../../app/route';
import { shortcutLabel } from '../../app/shortcut-label';
import { formatPartialDate } from '../../ui/format-date';
import type { SheetSelection } from './selection-model';
import type { SheetGroup, SheetOrder, SortKey } from './sheet-model';
import { GROUP_HEIGHT, ROW_HEIGHT, rowsInView, scrollToReveal, sheetRows } from './sheet-rows';
import { CLAIM_STATUS_LABELS, STATUS_KEYS } from './statuses';

const COLUMNS: ReadonlyArray<{ key: SortKey; label: string; className: string; title?: string }> = [
  { key: 'claim', label: 'Claim', className: 'fc-col-claim' },
  { key: 'assertedBy', label: 'Said by', className: 'fc-col-by', title: 'The speaker, or the source that asserts the claim' },
  { key: 'source', label: 'Appears in', className: 'fc-col-source' },
  { key: 'status', label: 'Status', className: 'fc-col-status', title: 'Keys 1–6 set the status; S edits it in the row' },
  { key: 'rating', label: 'Rating', className: 'fc-col-rating', title: 'R edits the rating in the row' },
  { key: 'evidence', label: 'Evidence', className: 'fc-col-evidence numeric' },
  { key: 'method', label: 'Method', className: 'fc-col-method' },
  { key: 'checker', label: 'Checker', className: 'fc-col-checker' },
  { key: 'checkedOn', label: 'Checked on', className: 'fc-col-date' },
  { key: 'notes', label: 'Notes', className: 'fc-col-notes' },
];

const dayFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeZone: 'UTC' });

export function formatDay(day: string): string {
  return dayFormat.format(new Date(`${day}T12:00:00Z`));
}

export function rowId(claimId: number): string {
  return `fc-row-${claimId}`;
}

export interface SheetHandle {
  focus(): void;
  /** Puts the keyboard on the status or rating control of a row. */
  editCell(claimId: number, cell: 'status' | 'rating'): void;
}

/**
 * The sheet: one row per claim, in groups, with a checkbox for multi-select, the status and
 * rating editable in place, and sortable headers. The keyboard lives on the table itself
 * (the view handles the keys); the active row is its active descendant.
 */
export const FactCheckSheet = forwardRef<SheetHandle, {
  groups: readonly SheetGroup[];
  scale: readonly Rating[];
  order: SheetOrder;
  selection: SheetSelection;
  openId: number | null;
  onSort(key: SortKey): void;
  onRowClick(check: FactCheck, modifiers: { shift: boolean; toggle: boolean }): void;
  onToggle(check: FactCheck): void;
  onToggleAll(): void;
  onStatus(check: FactCheck, status: ClaimStatus): void;
  onRating(check: FactCheck, ratingId: number | null): void;
  onKeyDown(event: React.KeyboardEvent<HTMLTableElement>): void;
}>(function FactCheckSheet(props, ref) {
  const scroller = useRef<HTMLDivElement>(null);
  const table = useRef<HTMLTableElement>(null);
  const [view, setView] = useState({ top: 0, height: 800 });
  // Rows are drawn at a fixed height; the height the browser really gives them is measured once
  // drawn, so the rows drawn always match the ones scrolled to, whatever the fonts.
  const [heights, setHeights] = useState({ row: ROW_HEIGHT, group: GROUP_HEIGHT });
  const { rows, height } = useMemo(() => sheetRows(props.groups, heights), [props.groups, heights]);
  const { first, last } = rowsInView(rows, view.top, view.height);
  const shown = rows.slice(first, last);
  const below = height - (rows[last]?.top ?? height);

  useImperativeHandle(ref, () => ({
    focus: () => table.current?.focus(),
    editCell: (claimId, cell) => table.current?.querySelector<HTMLSelectElement>(`#${rowId(claimId)} select[data-cell="${cell}"]`)?.focus(),
  }));

  // Arriving at the view (Ctrl/Cmd+6, the rail), the keyboard is on the sheet unless it is elsewhere already.
  useLayoutEffect(() => {
    const active = document.activeElement;
    if (!active || active === document.body || active.closest('nav')) table.current?.focus({ preventScroll: true });
  }, []);

  useLayoutEffect(() => {
    const element = scroller.current;
    if (!element) return;
    const measure = () => setView({ top: element.scrollTop, height: element.clientHeight });
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  useLayoutEffect(() => {
    const claim = table.current?.querySelector<HTMLElement>('tr[data-row="claim"]');
    const group = table.current?.querySelector<HTMLElement>('tr[data-row="group"]');
    const row = claim ? claim.getBoundingClientRect().height : heights.row;
    const groupHeight = group ? group.getBoundingClientRect().height : heights.group;
    if (Math.abs(row - heights.row) > 0.25 || Math.abs(groupHeight - heights.group) > 0.25) setHeights({ row, group: groupHeight });
  });

  // The active row stays in view as the keyboard moves it.
  useLayoutEffect(() => {
    const element = scroller.current;
    if (props.selection.active === null || !element) return;
    const row = rows.find((candidate) => candidate.type === 'claim' && candidate.check.claimId === props.selection.active);
    if (!row) return;
    const header = table.current?.tHead?.getBoundingClientRect().height ?? 0;
    const next = scrollToReveal(row, element.scrollTop, element.clientHeight, header);
    if (next !== null) element.scrollTop = next;
    // Only a move of the cursor scrolls; a reload or a new sort leaves the view where it is.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [props.selection.active]);

  const total = rows.reduce((sum, row) => sum + (row.type === 'claim' ? 1 : 0), 0);
  const allSelected = total > 0 && props.selection.selected.size === total;
  return (
    <div ref={scroller} className="fc-sheet-scroller" onScroll={(event) => setView({ top: event.currentTarget.scrollTop, height: event.currentTarget.clientHeight })}>
      <table
        ref={table}
        className="data-table fc-sheet"
        role="grid"
        aria-label="Claims"
        aria-multiselectable="true"
        aria-rowcount={rows.length + 1}
        tabIndex={0}
        aria-activedescendant={props.selection.active !== null && shown.some((row) => row.type === 'claim' && row.check.claimId === props.selection.active) ? rowId(props.selection.active) : undefined}
        onKeyDown={props.onKeyDown}
      >
        <thead>
          <tr aria-rowindex={1}>
            <th scope="col" className="fc-col-select">
              <input
                type="checkbox"
                aria-label="Select every claim shown"
                title={`Select every claim shown (${shortcutLabel('Mod+A')})`}
                checked={allSelected}
                ref={(box) => {
                  if (box) box.indeterminate = props.selection.selected.size > 0 && !allSelected;
                }}
                onChange={props.onToggleAll}
              />
            </th>
            {COLUMNS.map((column) => (
              <th key={column.key} scope="col" className={column.className} aria-sort={props.order.key === column.key ? props.order.direction : 'none'}>
                <button type="button" className="sort-button" title={`${column.title ? `${column.title}. ` : ''}Sort by ${column.label.toLowerCase()}`} onClick={() => props.onSort(column.key)}>
                  {column.label}
                  <span className="sort-arrow" aria-hidden="true">
                    {props.order.key === column.key ? (props.order.direction === 'ascending' ? '▲' : '▼') : ''}
                  </span>
                </button>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {first > 0 ? (
            <tr className="fc-spacer" aria-hidden="true" style={{ height: rows[first]!.top }}>
              <td colSpan={COLUMNS.length + 1} />
            </tr>
          ) : null}
          {shown.map((row, index) =>
            row.type === 'group' ? (
              <tr key={row.key} className="fc-group-row" data-row="group" aria-rowindex={first + index + 2}>
                <th scope="rowgroup" colSpan={COLUMNS.length + 1}>
                  <span className="fc-group-label" data-status={row.group.key}>
                    {row.group.label}
                  </span>{' '}
                  <span className="fc-group-count">{row.group.claims.length}</span>
                </th>
              </tr>
            ) : (
              <Row
                key={row.key}
                index={first + index + 2}
                check={row.check}
                scale={props.scale}
                active={props.selection.active === row.check.claimId}
                selected={props.selection.selected.has(row.check.claimId)}
                open={props.openId === row.check.claimId}
                onClick={(modifiers) => props.onRowClick(row.check, modifiers)}
                onToggle={() => props.onToggle(row.check)}
                onStatus={(status) => props.onStatus(row.check, status)}
                onRating={(ratingId) => props.onRating(row.check, ratingId)}
                onLeaveCell={() => table.current?.focus()}
              />
            ),
          )}
          {below > 0 ? (
            <tr className="fc-spacer" aria-hidden="true" style={{ height: below }}>
              <td colSpan={COLUMNS.length + 1} />
            </tr>
          ) : null}
        </tbody>
      </table>
    </div>
  );
});

function Row(props: {
  index: number;
  check: FactCheck;
  scale: readonly Rating[];
  active: boolean;
  selected: boolean;
  open: boolean;
  onClick(modifiers: { shift: boolean; toggle: boolean }): void;
  onToggle(): void;
  onStatus(status: ClaimStatus): void;
  onRating(ratingId: number | null): void;
  onLeaveCell(): void;
}) {
  const { check } = props;
  const leaveOnEscape = (event: React.KeyboardEvent) => {
    if (event.key === 'Escape' || event.key === 'Enter') {
      event.preventDefault();
      event.stopPropagation();
      props.onLeaveCell();
    }
  };
  const source = check.source;
  return (
    <tr
      id={rowId(check.claimId)}
      data-row="claim"
      aria-rowindex={props.index}
      aria-selected={props.selected}
      data-active={props.active || undefined}
      data-open={props.open || undefined}
      data-status={check.status}
      onMouseDown={(event) => {
        // Shift+click must not select the page's text.
        if (event.shiftKey) event.preventDefault();
      }}
      onClick={(event) => {
        if ((event.target as HTMLElement).closest('a, button, input, select')) return;
        props.onClick({ shift: event.shiftKey, toggle: event.ctrlKey || event.metaKey });
      }}
    >
      <td className="fc-col-select">
        <input type="checkbox" aria-label={`Select “${check.span.exact.slice(0, 60)}”`} title="Select (Space)" checked={props.selected} tabIndex={-1} onChange={props.onToggle} />
      </td>
      <td className="fc-col-claim">
        <span className="fc-claim-text" title={check.span.exact}>
          {check.anchor.state === 'orphaned' ? (
            <span className="fc-orphaned" title="This passage is no longer in the source’s text">
              Not in the text any more:{' '}
            </span>
          ) : null}
          {check.span.exact}
        </span>
      </td>
      <td className="fc-col-by">{check.assertedBy ? <span className="fc-clamp" title={check.assertedBy}>{check.assertedBy}</span> : <span className="empty-cell">—</span>}</td>
      <td className="fc-col-source">
        <a className="fc-source-link" href={routeToHash(annotationRoute(source.id, check.claimId))} title={`Open “${source.title}” at the claim`}>
          {source.title}
        </a>
        <span className="fc-source-meta">{[source.outlet, source.publishedDate ? formatPartialDate(source.publishedDate, 'short') : null].filter(Boolean).join(' · ')}</span>
      </td>
      <td className="fc-col-status">
        <select
          data-cell="status"
          data-status={check.status}
          className="fc-status-select"
          aria-label="Status"
          title="Status (1–6, or S to edit here)"
          tabIndex={-1}
          value={check.status}
          onChange={(event) => props.onStatus(event.target.value as ClaimStatus)}
          onKeyDown={leaveOnEscape}
        >
          {STATUS_KEYS.map(({ status }) => (
            <option key={status} value={status}>
              {CLAIM_STATUS_LABELS[status]}
            </option>
          ))}
        </select>
      </td>
      <td className="fc-col-rating">
        <select
          data-cell="rating"
          className="fc-rating-select"
          aria-label="Rating"
          title="Rating (R to edit here)"
          tabIndex={-1}
          value={check.rating?.id ?? ''}
          onChange={(event) => props.onRating(event.target.value === '' ? null : Number(event.target.value))}
          onKeyDown={leaveOnEscape}
        >
          <option value="">—</option>
          {props.scale.map((rating) => (
            <option key={rating.id} value={rating.id}>
              {rating.label}
            </option>
          ))}
        </select>
      </td>
      <td className="fc-col-evidence numeric">{check.evidence.length || <span className="empty-cell">0</span>}</td>
      <td className="fc-col-method">{check.method ? CHECK_METHOD_LABELS[check.method] : <span className="empty-cell">—</span>}</td>
      <td className="fc-col-checker">{check.checker ? <span className="fc-clamp" title={check.checker}>{check.checker}</span> : <span className="empty-cell">—</span>}</td>
      <td className="fc-col-date">{check.checkedOn ? formatDay(check.checkedOn) : <span className="empty-cell">—</span>}</td>
      <td className="fc-col-notes">
        <span className="fc-notes-text" title={check.notes || undefined}>
          {check.notes || <span className="empty-cell">—</span>}
        </span>
      </td>
    </tr>
  );
}
