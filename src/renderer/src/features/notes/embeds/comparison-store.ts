import { useEffect, useState } from 'react';
import type { BuiltComparison, SavedComparison } from '../../../../../shared/domain/comparison';
import type { ApiClient } from '../../../api/client';
import { ApiError, messageOf } from '../../../api/api-error';
import { useApi } from '../../../app/api-context';

/** A comparison block's comparison: loading, read and built, deleted from the investigation, or unreadable. */
export type ComparisonState =
  | { status: 'loading' }
  | { status: 'found'; saved: SavedComparison; built: BuiltComparison }
  | { status: 'gone' }
  | { status: 'failed'; message: string };

type Listener = (state: ComparisonState) => void;

/**
 * The saved comparisons that note blocks show, each read and built once however many blocks
 * show it, and again when it is saved, renamed or deleted (`comparisons.changed`) or when what
 * its rows are made of changes: quotes tagged or edited, sources retitled, speakers renamed.
 * Changes arriving together cost one rebuild; an answer overtaken by a later request is dropped.
 * What was last read is kept (a comparison is small, and an investigation holds few) so a block
 * shown again does not open empty and push the text below it down.
 */
export class ComparisonStore {
  private readonly states = new Map<number, ComparisonState>();
  private readonly listeners = new Map<number, Set<Listener>>();
  /** The latest request per comparison: only its answer is shown. */
  private readonly requests = new Map<number, number>();
  private wanted = new Set<number>();
  private scheduled = false;
  private requestCount = 0;

  constructor(private readonly api: ApiClient) {
    api.onEvent((event) => {
      if (event.type === 'comparisons.changed') {
        if (this.listeners.has(event.comparisonId)) this.want(event.comparisonId);
      } else if (event.type === 'annotations.changed' || event.type === 'sources.changed' || event.type === 'entities.changed') {
        for (const id of this.listeners.keys()) this.want(id);
      }
    });
  }

  subscribe(id: number, listener: Listener): () => void {
    let set = this.listeners.get(id);
    if (!set) this.listeners.set(id, (set = new Set()));
    set.add(listener);
    const known = this.states.get(id);
    if (known) listener(known);
    // The first block to show it again (a removal undone, a note reopened) shows what was
    // known at once, at its full height, and reads it afresh: no event reached it meanwhile.
    if (!known || set.size === 1) this.want(id);
    return () => {
      set.delete(listener);
      if (set.size === 0) {
        this.listeners.delete(id);
        this.requests.delete(id);
      }
    };
  }

  private want(id: number): void {
    this.wanted.add(id);
    if (this.scheduled) return;
    this.scheduled = true;
    queueMicrotask(() => {
      const ids = [...this.wanted];
      this.wanted = new Set();
      this.scheduled = false;
      for (const wanted of ids) void this.fetch(wanted);
    });
  }

  private async fetch(id: number): Promise<void> {
    const request = ++this.requestCount;
    this.requests.set(id, request);
    const state = await this.read(id);
    if (this.requests.get(id) !== request) return;
    const listeners = this.listeners.get(id);
    if (!listeners) return;
    this.states.set(id, state);
    for (const listener of listeners) listener(state);
  }

  private async read(id: number): Promise<ComparisonState> {
    // A stored block whose id could not be read names no comparison at all.
    if (id <= 0) return { status: 'gone' };
    try {
      const saved = await this.api.call('compare.get', { id });
      const built = await this.api.call('compare.build', { columns: saved.columns, includeClaims: saved.includeClaims, pins: saved.pins });
      return { status: 'found', saved, built };
    } catch (error) {
      if (error instanceof ApiError && error.code === 'NOT_FOUND') return { status: 'gone' };
      return { status: 'failed', message: messageOf(error) };
    }
  }
}

const stores = new WeakMap<ApiClient, ComparisonStore>();

/** The saved comparison a note block shows, kept current. */
export function useSavedComparison(id: number): ComparisonState {
  const api = useApi();
  const [state, setState] = useState<ComparisonState>({ status: 'loading' });
  useEffect(() => {
    let store = stores.get(api);
    if (!store) stores.set(api, (store = new ComparisonStore(api)));
    return store.subscribe(id, setState);
  }, [api, id]);
  return state;
}
