import { useEffect, useState } from 'react';
import type { CitedAnnotation } from '../../../../../shared/domain/cited-annotation';
import type { ApiClient } from '../../../api/client';
import { messageOf } from '../../../api/api-error';
import { useApi } from '../../../app/api-context';

/** The most ids one request may name (the contract's limit). */
const BATCH = 1_000;

/** A quote card's annotation: loading, found with its source, gone from the investigation, or unreadable. */
export type CitedState =
  | { status: 'loading' }
  | { status: 'found'; cited: CitedAnnotation }
  | { status: 'gone' }
  | { status: 'failed'; message: string };

type Listener = (state: CitedState) => void;

/**
 * The annotations that quote cards show, fetched for the whole window in one request per
 * frame however many cards a note holds, and fetched again when any window changes
 * annotations or sources (a speaker reassigned, a source retitled or removed).
 */
export class CitedStore {
  private readonly states = new Map<number, CitedState>();
  private readonly listeners = new Map<number, Set<Listener>>();
  private wanted = new Set<number>();
  private scheduled = false;

  constructor(private readonly api: ApiClient) {
    api.onEvent((event) => {
      if (event.type !== 'annotations.changed' && event.type !== 'sources.changed') return;
      for (const id of this.listeners.keys()) this.want(id);
    });
  }

  subscribe(id: number, listener: Listener): () => void {
    let set = this.listeners.get(id);
    if (!set) this.listeners.set(id, (set = new Set()));
    set.add(listener);
    const known = this.states.get(id);
    if (known) listener(known);
    else this.want(id);
    return () => {
      set.delete(listener);
      if (set.size === 0) {
        this.listeners.delete(id);
        this.states.delete(id);
      }
    };
  }

  private want(id: number): void {
    this.wanted.add(id);
    if (this.scheduled) return;
    this.scheduled = true;
    queueMicrotask(() => void this.fetch());
  }

  private async fetch(): Promise<void> {
    const all = [...this.wanted];
    this.wanted = new Set();
    this.scheduled = false;
    for (let from = 0; from < all.length; from += BATCH) {
      const ids = all.slice(from, from + BATCH);
      this.settle(ids, await this.cite(ids));
    }
  }

  private async cite(ids: number[]): Promise<(id: number) => CitedState> {
    try {
      const found = await this.api.call('annotations.cite', { ids });
      const byId = new Map(found.map((cited) => [cited.annotation.id, cited]));
      return (id) => {
        const cited = byId.get(id);
        return cited ? { status: 'found', cited } : { status: 'gone' };
      };
    } catch (error) {
      const message = messageOf(error);
      return () => ({ status: 'failed', message });
    }
  }

  private settle(ids: number[], stateOf: (id: number) => CitedState): void {
    for (const id of ids) {
      const state = stateOf(id);
      const listeners = this.listeners.get(id);
      if (!listeners) continue;
      this.states.set(id, state);
      for (const listener of listeners) listener(state);
    }
  }
}

const stores = new WeakMap<ApiClient, CitedStore>();

/** The annotation a quote card cites, kept current. */
export function useCitedAnnotation(id: number): CitedState {
  const api = useApi();
  const [state, setState] = useState<CitedState>({ status: 'loading' });
  useEffect(() => {
    let store = stores.get(api);
    if (!store) stores.set(api, (store = new CitedStore(api)));
    return store.subscribe(id, setState);
  }, [api, id]);
  return state;
}
