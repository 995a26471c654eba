import { useMemo } from 'react';
import type { BuiltComparison, ComparisonRow, PinnedRowValue, StatementView } from '../../../../shared/domain/comparison';
import { keepApart, pairWith, pinRow, unpinRow } from './pins';
import { StatementCard, type PairChoice } from './StatementCard';

/**
 * The aligned rows side by side, each with why its statements are together; the statements
 * no row paired, column by column, under them; and what was left out of the pairing, said.
 */
export function ComparisonTable(props: { built: BuiltComparison; pins: readonly PinnedRowValue[]; onPins(pins: PinnedRowValue[], label: string): void }) {
  const { built, pins } = props;
  const count = built.columns.length;
  const byId = useMemo(() => new Map(built.statements.map((statement) => [statement.id, statement])), [built.statements]);
  const rowOf = useMemo(() => {
    const map = new Map<number, ComparisonRow>();
    for (const row of built.rows) for (const id of row.cells) if (id !== null) map.set(id, row);
    return map;
  }, [built.rows]);
  const grid = { gridTemplateColumns: `repeat(${count}, minmax(0, 1fr))` };

  const choicesFor = (column: number): PairChoice[] =>
    built.columns.flatMap((other, otherColumn) =>
      otherColumn === column ? [] : other.statementIds.flatMap((id) => (byId.has(id) ? [{ column: otherColumn, columnLabel: other.label, statement: byId.get(id)! }] : [])),
    );

  const card = (statement: StatementView, column: number, group: string, row: ComparisonRow | null, highlightIndex: number) => (
    <StatementCard
      key={`${column}-${statement.id}`}
      statement={statement}
      highlights={row ? (row.highlights[highlightIndex] ?? null) : null}
      place={{ column, group }}
      inRow={row !== null && row.cells.filter((id) => id !== null).length > 1}
      choices={choicesFor(column).filter((choice) => choice.statement.id !== statement.id)}
      onPair={(target) => props.onPins(pairWith(pins, count, { column, id: statement.id }, { column: target.column, id: target.statement.id }, rowOf.get(target.statement.id)?.cells ?? null), 'Re-paired')}
      onKeepApart={() => props.onPins(keepApart(pins, count, { column, id: statement.id }), 'Kept apart')}
      onTogglePin={row ? () => props.onPins(row.pinned ? unpinRow(pins, row.cells) : pinRow(pins, row.cells), row.pinned ? 'Row unpinned' : 'Row pinned') : undefined}
    />
  );

  const paired = built.rows.filter((row) => row.cells.filter((id) => id !== null).length > 1);
  const apart = built.rows.filter((row) => row.cells.filter((id) => id !== null).length <= 1);
  const hasUnmatched = built.unmatched.some((ids) => ids.length > 0) || apart.length > 0;

  return (
    <div className="cmp-table" role="region" aria-label="Side by side">
      <div className="cmp-heads" style={grid}>
        {built.columns.map((column, index) => (
          <div key={index} className="cmp-head" role="columnheader">
            <span className="cmp-head-label">{column.label}</span>
            <span className="cmp-head-count">{column.statementIds.length === 1 ? '1 statement' : `${column.statementIds.length} statements`}</span>
            {column.problem ? <span className="cmp-problem">{column.problem}</span> : null}
          </div>
        ))}
      </div>
      {built.commonTags.length > 0 ? (
        <p className="cmp-note">
          Not used to pair rows, because nearly every statement of the investigation has them:{' '}
          {built.commonTags.map((tag, index) => (
            <span key={tag.key}>
              {index > 0 ? ', ' : ''}“{tag.name}” ({tag.statements} of {tag.of} statements)
            </span>
          ))}
          .
        </p>
      ) : null}
      {built.ignoredPins.map((pin, index) => (
        <p key={index} className="cmp-note cmp-note-warning" role="status">
          {pin.explanation}
        </p>
      ))}
      {paired.length === 0 ? (
        <p className="cmp-none">
          No statements pair up yet: none share a tag or enough words. Tag the people, organisations or events the quotes are about (select the words in a source, press <kbd>E</kbd>), or pair two by hand: <em>Pair with…</em> under a statement.
        </p>
      ) : (
        <ol className="cmp-rows" aria-label="Aligned rows">
          {paired.map((row, rowIndex) => {
            return (
              <li key={row.cells.join('-')} className={`cmp-row${row.pinned ? ' cmp-row-pinned' : ''}`} aria-label={`Row ${rowIndex + 1}: ${row.reasonText}`}>
                <div className="cmp-row-head">
                  <span className="cmp-reason">
                    {row.pinned ? <span aria-hidden="true">📌 </span> : null}
                    {capitalize(row.reasonText)}
                    {row.links.length > 1
                      ? row.links.map((link, index) => (
                          <span key={index} className="cmp-link-reason">
                            {` · ${built.columns[link.column]?.label ?? ''} with ${built.columns[link.pairedWith]?.label ?? ''}: ${link.reasonText}`}
                          </span>
                        ))
                      : null}
                  </span>
                  <button type="button" className="link-button cmp-pin" aria-pressed={row.pinned} title={row.pinned ? 'Let this row pair by tags and wording again (P)' : 'Keep this row as it is whatever changes (P)'} onClick={() => props.onPins(row.pinned ? unpinRow(pins, row.cells) : pinRow(pins, row.cells), row.pinned ? 'Row unpinned' : 'Row pinned')}>
                    {row.pinned ? 'Unpin' : 'Pin'}
                  </button>
                </div>
                <div className="cmp-cells" style={grid}>
                  {row.cells.map((id, column) => {
                    const statement = id !== null ? byId.get(id) : undefined;
                    return <div key={column} className="cmp-cell">{statement ? card(statement, column, `r${rowIndex}`, row, column) : <span className="cmp-empty-cell">—</span>}</div>;
                  })}
                </div>
              </li>
            );
          })}
        </ol>
      )}
      {hasUnmatched ? (
        <section className="cmp-unmatched" aria-label="Not paired">
          <h2 className="cmp-section-title">Not paired</h2>
          <div className="cmp-cells" style={grid}>
            {built.columns.map((_, column) => {
              const ids = [...apart.flatMap((row) => (row.cells[column] != null ? [row.cells[column]!] : [])), ...(built.unmatched[column] ?? [])];
              return (
                <div key={column} className="cmp-cell cmp-unmatched-column" aria-label={`Not paired in ${built.columns[column]!.label}`} role="group">
                  {ids.length === 0 ? <span className="cmp-empty-cell">Every statement is in a row.</span> : null}
                  {ids.map((id) => {
                    const statement = byId.get(id);
                    const keptApart = apart.find((row) => row.cells[column] === id);
                    return statement ? (
                      <div key={id}>
                        {keptApart ? (
                          <p className="cmp-kept-apart">
                            Kept apart by you ·{' '}
                            <button type="button" className="link-button" onClick={() => props.onPins(unpinRow(pins, keptApart.cells), 'Let pair again')}>
                              Let it pair again
                            </button>
                          </p>
                        ) : null}
                        {card(statement, column, 'u', null, 0)}
                      </div>
                    ) : null;
                  })}
                </div>
              );
            })}
          </div>
        </section>
      ) : null}
    </div>
  );
}

const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
