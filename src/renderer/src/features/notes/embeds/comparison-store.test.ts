import { describe, expect, it, vi } from 'vitest';
import type { AppEvent } from '../../../../../shared/contract';
import type { SavedComparison } from '../../../../../shared/domain/comparison';
import { ApiError } from '../../../api/api-error';
import type { ApiClient } from '../../../api/client';
import { ComparisonStore, type ComparisonState } from './comparison-store';

const saved = (id: number, name: string): SavedComparison => ({
  id,
  name,
  columns: [
    { kind: 'speaker', label: '', speakerId: 1 },
    { kind: 'speaker', label: '', speakerId: 2 },
  ],
  includeClaims: false,
  pins: [],
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
});
const BUILT = { statements: [], columns: [], rows: [], unmatched: [], ignoredPins: [], commonTags: [] };

function fakeApi(names: Map<number, string>) {
  let emit: (event: AppEvent) => void = () => undefined;
  const call = vi.fn(async (method: string, params: { id?: number }) => {
    if (method === 'compare.build') return BUILT;
    const name = names.get(params.id!);
    if (name === undefined) throw new ApiError('NOT_FOUND', 'gone');
    return saved(params.id!, name);
  });
  const api = { call, onEvent: (listener: (event: AppEvent) => void) => ((emit = listener), () => undefined), onConnectionChange: () => () => undefined };
  return { api: api as unknown as ApiClient, call, emit: (event: AppEvent) => emit(event) };
}

const settled = () => new Promise((resolve) => setTimeout(resolve, 0));
const names = (states: ComparisonState[]) => states.map((state) => (state.status === 'found' ? state.saved.name : state.status));

describe('ComparisonStore', () => {
  it('reads a comparison once for all the blocks showing it, and again when it is renamed', async () => {
    const data = new Map([[1, 'Before']]);
    const { api, call, emit } = fakeApi(data);
    const store = new ComparisonStore(api);
    const seen: ComparisonState[] = [];
    store.subscribe(1, (state) => seen.push(state));
    store.subscribe(1, () => undefined);
    await settled();
    expect(call.mock.calls.map(([method]) => method)).toEqual(['compare.get', 'compare.build']);

    data.set(1, 'After');
    emit({ type: 'comparisons.changed', comparisonId: 1 });
    emit({ type: 'comparisons.changed', comparisonId: 99 });
    await settled();
    expect(names(seen)).toEqual(['Before', 'After']);
    expect(call).toHaveBeenCalledTimes(4);
  });

  it('rebuilds every comparison shown once when quotes, sources or speakers change, however many events come together', async () => {
    const { api, call, emit } = fakeApi(new Map([[1, 'One'], [2, 'Two']]));
    const store = new ComparisonStore(api);
    store.subscribe(1, () => undefined);
    store.subscribe(2, () => undefined);
    await settled();
    call.mockClear();
    emit({ type: 'annotations.changed', sourceIds: [4] });
    emit({ type: 'entities.changed' });
    await settled();
    expect(call.mock.calls.filter(([method]) => method === 'compare.get').map(([, params]) => params)).toEqual([{ id: 1 }, { id: 2 }]);
  });

  it('says a deleted comparison is gone, and one with no id too, without asking', async () => {
    const data = new Map([[1, 'Kept']]);
    const { api, call, emit } = fakeApi(data);
    const store = new ComparisonStore(api);
    const seen: ComparisonState[] = [];
    store.subscribe(1, (state) => seen.push(state));
    await settled();
    data.delete(1);
    emit({ type: 'comparisons.changed', comparisonId: 1 });
    await settled();
    expect(names(seen)).toEqual(['Kept', 'gone']);

    call.mockClear();
    const none: ComparisonState[] = [];
    store.subscribe(0, (state) => none.push(state));
    await settled();
    expect(names(none)).toEqual(['gone']);
    expect(call).not.toHaveBeenCalled();
  });

  it('shows a block shown again (a removal undone) what it knew at once, then reads it afresh', async () => {
    const data = new Map([[1, 'Known']]);
    const { api, call } = fakeApi(data);
    const store = new ComparisonStore(api);
    const stop = store.subscribe(1, () => undefined);
    await settled();
    stop();
    data.set(1, 'Renamed while no block showed it');
    const seen: ComparisonState[] = [];
    store.subscribe(1, (state) => seen.push(state));
    expect(names(seen)).toEqual(['Known']);
    await settled();
    expect(names(seen)).toEqual(['Known', 'Renamed while no block showed it']);
    expect(call).toHaveBeenCalledTimes(4);
  });

  it('shows only the latest answer when an earlier one arrives after it', async () => {
    const { api, call, emit } = fakeApi(new Map([[1, 'Latest']]));
    let release: () => void = () => undefined;
    call.mockImplementationOnce(() => new Promise((resolve) => (release = () => resolve(saved(1, 'Stale')))));
    const store = new ComparisonStore(api);
    const seen: ComparisonState[] = [];
    store.subscribe(1, (state) => seen.push(state));
    await settled();
    emit({ type: 'comparisons.changed', comparisonId: 1 });
    await settled();
    release();
    await settled();
    expect(names(seen)).toEqual(['Latest']);
  });
});
