import type { NodeKey } from 'lexical';
import { Fragment, useMemo, useRef } from 'react';
import { routeToHash, type Route } from '../../../app/route';
import { Icon } from '../../../ui/icons';
import type { ComparisonBlockSnapshot } from '../editor/nodes/comparison-block-node';
import { comparisonTable, type TableCell, type TableRow } from './comparison-table';
import { useSavedComparison } from './comparison-store';
import { useBlockSelection } from './use-block-selection';

/**
 * A saved comparison as a note shows it: its columns side by side and the statements paired
 * in rows, each with its date and source, as the investigation has them now (renamed, re-paired,
 * quotes retagged). A deleted comparison keeps the name and headings it had, struck through.
 * Click or arrow onto it to select it; Enter opens it in the Compare view, Delete or Backspace
 * removes the block.
 */
export function ComparisonBlock({ nodeKey, snapshot }: { nodeKey: NodeKey; snapshot: ComparisonBlockSnapshot }) {
  const block = useRef<HTMLElement>(null);
  const state = useSavedComparison(snapshot.comparisonId);
  const target = useMemo<Route>(() => ({ view: 'compare', rest: [String(snapshot.comparisonId)] }), [snapshot.comparisonId]);
  const isSelected = useBlockSelection(nodeKey, block, target);

  const found = state.status === 'found' ? state : null;
  const table = useMemo(() => (found ? comparisonTable(found.built) : null), [found]);
  const name = found?.saved.name ?? snapshot.name;
  const headings = table?.headings ?? snapshot.columns;
  const gone = state.status === 'gone';
  const className = ['comparison-block', isSelected ? 'is-selected' : '', gone ? 'is-gone' : ''].filter(Boolean).join(' ');

  return (
    <figure ref={block} className={className} data-comparison-id={snapshot.comparisonId} aria-label="Comparison">
      <figcaption className="comparison-block-caption">
        <Icon name="compare" size={16} />
        <span className="comparison-block-name">{name}</span>
        {table ? <span className="comparison-block-count">{countLine(table.pairedCount, table.unpairedCount)}</span> : null}
      </figcaption>
      <table className="comparison-block-table" aria-label={name}>
        <thead>
          <tr>
            {headings.map((heading, column) => (
              <th key={column} scope="col" style={{ width: `${100 / headings.length}%` }}>
                {heading || `Column ${column + 1}`}
                {table?.problems[column] ? <span className="comparison-block-problem">{table.problems[column]}</span> : null}
              </th>
            ))}
          </tr>
        </thead>
        {table ? (
          <tbody>
            {table.paired.map((row, index) => (
              <Fragment key={`p${index}`}>
                <tr className="comparison-block-reason">
                  <td colSpan={headings.length}>{row.reason}</td>
                </tr>
                <Row row={row} />
              </Fragment>
            ))}
            {table.unpaired.length > 0 ? (
              <tr className="comparison-block-section">
                <th colSpan={headings.length} scope="colgroup">
                  Without a counterpart
                </th>
              </tr>
            ) : null}
            {table.unpaired.map((row, index) => (
              <Row key={`u${index}`} row={row} />
            ))}
          </tbody>
        ) : null}
      </table>
      {table && table.paired.length + table.unpaired.length === 0 ? (
        <p className="comparison-block-empty">No statements in these columns yet: tag quotes with these speakers and they appear here.</p>
      ) : null}
      {table && table.hiddenRows > 0 ? (
        <p className="comparison-block-more">
          {table.hiddenRows === 1 ? 'One more row' : `${table.hiddenRows} more rows`} in the Compare view.
        </p>
      ) : null}
      {state.status === 'loading' ? <p className="comparison-block-empty">Reading the comparison…</p> : null}
      {gone ? (
        <p className="quote-card-note" role="note">
          This comparison was deleted; the block keeps the name and columns it had.
        </p>
      ) : null}
      {state.status === 'failed' ? (
        <p className="quote-card-note" role="note">
          Could not read this comparison from the investigation: {state.message}
        </p>
      ) : null}
      {gone ? null : (
        <a className="quote-card-open" href={routeToHash(target)} title="Open this comparison in the Compare view (Enter when the block is selected)">
          <Icon name="compare" size={14} /> Open in Compare
        </a>
      )}
    </figure>
  );
}

function Row({ row }: { row: TableRow }) {
  return (
    <tr className="comparison-block-row">
      {row.cells.map((cell, column) => (cell ? <Cell key={column} cell={cell} /> : <td key={column} className="is-empty" aria-label="No statement" />))}
    </tr>
  );
}

function Cell({ cell }: { cell: TableCell }) {
  const words = cell.runs.map((run, index) =>
    run.differs ? (
      <mark key={index} title="This figure differs across the row">
        {run.text}
      </mark>
    ) : (
      <Fragment key={index}>{run.text}</Fragment>
    ),
  );
  return (
    <td data-statement-id={cell.id}>
      {cell.kind === 'quote' ? <q className="comparison-block-words">{words}</q> : <span className="comparison-block-words">{words}</span>}
      <span className="comparison-block-meta" title={`${cell.date} · ${cell.source}`}>
        <span className="comparison-block-date">{cell.date}</span> · <cite>{cell.source}</cite>
      </span>
    </td>
  );
}

/** "2 rows paired · 3 statements unpaired": what the comparison holds, shown in the block or not. */
function countLine(paired: number, unpaired: number): string {
  const rows = paired === 1 ? '1 row paired' : `${paired === 0 ? 'No' : paired} rows paired`;
  return unpaired === 0 ? rows : `${rows} · ${unpaired} ${unpaired === 1 ? 'statement' : 'statements'} unpaired`;
}
