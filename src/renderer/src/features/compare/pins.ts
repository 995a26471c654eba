import type { PinnedRowValue } from '../../../../shared/domain/comparison';

/**
 * Re-pairing by hand, as changes to the comparison's pins: the services rebuild the rows with
 * them, pinned rows first. Pins never share a statement (a later one would be set aside), so
 * each change first takes its statements out of the pins that held them; a pin left holding a
 * single statement of a pair is dropped, so that statement pairs freely again.
 */

type Cells = readonly (number | null)[];

const idsOf = (cells: Cells) => cells.filter((id): id is number => id !== null);
const sameCells = (a: Cells, b: Cells) => a.length === b.length && a.every((id, index) => id === b[index]);

/** Takes `ids` out of every pin; pins left with one statement (that were pairs) or none are dropped. */
export function releaseFromPins(pins: readonly PinnedRowValue[], ids: readonly number[]): PinnedRowValue[] {
  const taken = new Set(ids);
  return pins.flatMap((pin) => {
    if (!pin.cells.some((id) => id !== null && taken.has(id))) return [pin];
    const cells = pin.cells.map((id) => (id !== null && taken.has(id) ? null : id));
    return idsOf(cells).length >= 2 ? [{ cells }] : [];
  });
}

/**
 * Puts statement `id` (of column `column`) into the row holding `target` (of `targetColumn`):
 * the row as it stands, with `id` in its column (replacing what was there), pinned. `targetRow`
 * is the target's row's cells, or null when the target is unpaired.
 */
export function pairWith(
  pins: readonly PinnedRowValue[],
  columnCount: number,
  statement: { column: number; id: number },
  target: { column: number; id: number },
  targetRow: Cells | null,
): PinnedRowValue[] {
  const cells: (number | null)[] = targetRow ? [...targetRow] : Array.from({ length: columnCount }, () => null);
  cells[target.column] = target.id;
  for (let column = 0; column < cells.length; column++) if (cells[column] === statement.id) cells[column] = null;
  cells[statement.column] = statement.id;
  const released = releaseFromPins(
    pins.filter((pin) => !(targetRow && sameCells(pin.cells, targetRow))),
    idsOf(cells),
  );
  return [...released, { cells }];
}

/** Keeps a statement out of every row: a pin holding it alone. */
export function keepApart(pins: readonly PinnedRowValue[], columnCount: number, statement: { column: number; id: number }): PinnedRowValue[] {
  const cells = Array.from({ length: columnCount }, (_, column) => (column === statement.column ? statement.id : null));
  return [...releaseFromPins(pins, [statement.id]), { cells }];
}

/** Pins a row as it stands, so a rebuild never changes it. */
export function pinRow(pins: readonly PinnedRowValue[], cells: Cells): PinnedRowValue[] {
  return [...releaseFromPins(pins, idsOf(cells)), { cells: [...cells] }];
}

/** Lets a pinned row's statements pair by tags and wording again. */
export function unpinRow(pins: readonly PinnedRowValue[], cells: Cells): PinnedRowValue[] {
  return pins.filter((pin) => !sameCells(pin.cells, cells));
}

/** Pins made for another number of columns mean nothing after a column is added or removed. */
export function pinsForColumns(pins: readonly PinnedRowValue[], columnCount: number): PinnedRowValue[] {
  return pins.filter((pin) => pin.cells.length === columnCount);
}
