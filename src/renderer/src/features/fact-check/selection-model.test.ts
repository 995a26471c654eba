import { describe, expect, it } from 'vitest';
import { clearSelection, clickSelection, EMPTY_SELECTION, moveSelection, pruneSelection, selectAll, targetIds, toggleSelection } from './selection-model';

const ids = [10, 20, 30, 40, 50];
const sorted = (set: ReadonlySet<number>) => [...set].sort((a, b) => a - b);

describe('the sheet selection', () => {
  it('starts the cursor on the first row and moves it within the rows', () => {
    let state = moveSelection(EMPTY_SELECTION, ids, 'down', false);
    expect(state.active).toBe(10);
    state = moveSelection(state, ids, 'up', false);
    expect(state.active).toBe(10);
    state = moveSelection(state, ids, 'end', false);
    expect(state.active).toBe(50);
    state = moveSelection(state, ids, 'pageUp', false);
    expect(state.active).toBe(10);
    expect(state.selected.size).toBe(0);
  });

  it('extends a range from the anchor with Shift, and shrinks it back', () => {
    let state = moveSelection(EMPTY_SELECTION, ids, 'home', false);
    state = moveSelection(state, ids, 'down', false);
    state = moveSelection(state, ids, 'down', true);
    state = moveSelection(state, ids, 'down', true);
    expect(sorted(state.selected)).toEqual([20, 30, 40]);
    state = moveSelection(state, ids, 'up', true);
    expect(sorted(state.selected)).toEqual([20, 30]);
    state = moveSelection(state, ids, 'up', true);
    state = moveSelection(state, ids, 'up', true);
    expect(sorted(state.selected)).toEqual([10, 20]);
  });

  it('selects a range with Shift+click and toggles with Ctrl/Cmd+click or Space', () => {
    let state = clickSelection(EMPTY_SELECTION, ids, 20, { shift: false, toggle: false });
    expect(state.selected.size).toBe(0);
    state = clickSelection(state, ids, 40, { shift: true, toggle: false });
    expect(sorted(state.selected)).toEqual([20, 30, 40]);
    state = clickSelection(state, ids, 30, { shift: false, toggle: true });
    expect(sorted(state.selected)).toEqual([20, 40]);
    state = toggleSelection(state, 50);
    expect(sorted(state.selected)).toEqual([20, 40, 50]);
  });

  it('selects all, clears, and acts on the checked rows or else the cursor', () => {
    let state = moveSelection(EMPTY_SELECTION, ids, 'down', false);
    expect(targetIds(state, ids)).toEqual([10]);
    state = selectAll(state, ids);
    expect(targetIds(state, ids)).toEqual(ids);
    state = clearSelection(state);
    expect(state.selected.size).toBe(0);
    expect(state.active).toBe(10);
  });

  it('forgets rows no longer shown, and gives targets in the order shown', () => {
    let state = selectAll(EMPTY_SELECTION, ids);
    state = { ...state, active: 50 };
    state = pruneSelection(state, [40, 20]);
    expect(state.active).toBeNull();
    expect(targetIds(state, [40, 20])).toEqual([40, 20]);
    expect(pruneSelection(state, [40, 20])).toBe(state);
  });
});
