/**
 * The sheet's cursor and multi-selection, as a spreadsheet keeps them: one active row (where
 * the keyboard is), an anchor for Shift ranges, and the set of checked rows. Ids, not
 * indexes, so a reload or a new sort keeps what the reporter chose.
 */
export interface SheetSelection {
  active: number | null;
  anchor: number | null;
  selected: ReadonlySet<number>;
}

export const EMPTY_SELECTION: SheetSelection = { active: null, anchor: null, selected: new Set() };

export type Move = 'up' | 'down' | 'home' | 'end' | 'pageUp' | 'pageDown';

const PAGE = 10;

function range(ids: readonly number[], from: number, to: number): Set<number> {
  const a = ids.indexOf(from);
  const b = ids.indexOf(to);
  if (a < 0 || b < 0) return new Set([to]);
  return new Set(ids.slice(Math.min(a, b), Math.max(a, b) + 1));
}

/** Arrow keys: the cursor moves; with Shift the checked rows become the range from the anchor. */
export function moveSelection(state: SheetSelection, ids: readonly number[], move: Move, extend: boolean): SheetSelection {
  if (ids.length === 0) return state;
  const index = state.active === null ? -1 : ids.indexOf(state.active);
  const last = ids.length - 1;
  const target =
    move === 'home' ? 0 : move === 'end' ? last : index < 0 ? 0
    : Math.max(0, Math.min(last, index + ({ up: -1, down: 1, pageUp: -PAGE, pageDown: PAGE } as const)[move]));
  const active = ids[target]!;
  if (!extend) return { ...state, active, anchor: active };
  const anchor = state.anchor !== null && ids.includes(state.anchor) ? state.anchor : (state.active ?? active);
  return { active, anchor, selected: range(ids, anchor, active) };
}

/** A click on a row: plain makes it the cursor; Shift checks the range from the anchor; Ctrl/Cmd toggles it. */
export function clickSelection(state: SheetSelection, ids: readonly number[], id: number, modifiers: { shift: boolean; toggle: boolean }): SheetSelection {
  if (modifiers.shift) {
    const anchor = state.anchor ?? state.active ?? id;
    return { active: id, anchor, selected: range(ids, anchor, id) };
  }
  if (modifiers.toggle) return toggleSelection({ ...state, active: id }, id);
  return { ...state, active: id, anchor: id };
}

/** Space or the row's checkbox: checks or unchecks one row, which becomes the anchor. */
export function toggleSelection(state: SheetSelection, id: number): SheetSelection {
  const selected = new Set(state.selected);
  if (selected.has(id)) selected.delete(id);
  else selected.add(id);
  return { active: state.active ?? id, anchor: id, selected };
}

/** Ctrl/Cmd+A: every row shown. */
export function selectAll(state: SheetSelection, ids: readonly number[]): SheetSelection {
  return { ...state, selected: new Set(ids) };
}

/** Escape: unchecks every row, keeping the cursor. */
export function clearSelection(state: SheetSelection): SheetSelection {
  return state.selected.size === 0 ? state : { ...state, selected: new Set() };
}

/** After filtering or a reload: rows no longer shown are neither checked nor the cursor. */
export function pruneSelection(state: SheetSelection, ids: readonly number[]): SheetSelection {
  const shown = new Set(ids);
  const selected = [...state.selected].filter((id) => shown.has(id));
  const active = state.active !== null && shown.has(state.active) ? state.active : null;
  const anchor = state.anchor !== null && shown.has(state.anchor) ? state.anchor : null;
  if (selected.length === state.selected.size && active === state.active && anchor === state.anchor) return state;
  return { active, anchor, selected: new Set(selected) };
}

/** What a status key or the bulk bar acts on: the checked rows, else the cursor's row. */
export function targetIds(state: SheetSelection, ids: readonly number[]): number[] {
  if (state.selected.size > 0) return ids.filter((id) => state.selected.has(id));
  return state.active !== null && ids.includes(state.active) ? [state.active] : [];
}
