import type { AlignedRow, IgnoredPin, PinnedRow, Statement, StatementId } from './statement';

/**
 * The reporter's pinned rows, taken as they are, before anything is paired: they are never
 * broken and nothing is added to them. A pin that no longer fits the columns (a statement left
 * a selection) is set aside with the reason, so the view can say so instead of failing.
 */
export function applyPins(pins: readonly PinnedRow[], columns: readonly (readonly Statement[])[]): { rows: AlignedRow[]; ignoredPins: IgnoredPin[]; used: Set<StatementId> } {
  const inColumn = columns.map((column) => new Set(column.map((statement) => statement.id)));
  const rows: AlignedRow[] = [];
  const ignoredPins: IgnoredPin[] = [];
  const used = new Set<StatementId>();
  for (const pin of pins) {
    const why = problemWith(pin, inColumn, used);
    if (why) {
      ignoredPins.push({ pin, why });
      continue;
    }
    for (const id of pin.cells) if (id !== null) used.add(id);
    rows.push({ cells: [...pin.cells], pinned: true, reason: { kind: 'pinned' }, links: [] });
  }
  return { rows, ignoredPins, used };
}

function problemWith(pin: PinnedRow, inColumn: readonly Set<StatementId>[], used: ReadonlySet<StatementId>): IgnoredPin['why'] | null {
  if (pin.cells.length !== inColumn.length) return 'wrong-number-of-cells';
  const ids = pin.cells.filter((id): id is StatementId => id !== null);
  if (ids.length === 0) return 'empty';
  if (pin.cells.some((id, column) => id !== null && !inColumn[column]!.has(id))) return 'not-in-column';
  if (ids.some((id) => used.has(id)) || new Set(ids).size !== ids.length) return 'already-used';
  return null;
}
