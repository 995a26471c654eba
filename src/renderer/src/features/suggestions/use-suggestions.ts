import { useEffect, useMemo, useState } from 'react';
import type { Suggestion } from '../../../../shared/domain/suggestion';
import type { ApiClient } from '../../api/client';
import { useApi } from '../../app/api-context';

/** A source's pending suggestions, and when (and counted from which date) it was last analyzed. */
export interface SourceSuggestions {
  suggestions: Suggestion[];
  /** Null when the source has never been analyzed. */
  analyzedAt: string | null;
  reference: { date: string; basis: 'published' | 'imported' } | null;
}

interface Entry {
  value: SourceSuggestions | null;
  listeners: Set<(value: SourceSuggestions) => void>;
  loading: Promise<void> | null;
}

/**
 * One copy of each source's suggestions per window, however many parts show them (the reader's
 * highlights, the inspector's list and panel, the review keys), reloaded when any window
 * analyzes, accepts or rejects. A decision made here leaves the list at once, before the reload.
 */
export class SuggestionStore {
  private readonly entries = new Map<number, Entry>();

  constructor(private readonly api: ApiClient) {
    api.onEvent((event) => {
      if (event.type !== 'suggestions.changed') return;
      for (const sourceId of event.sourceIds) if (this.entries.has(sourceId)) void this.load(sourceId);
    });
  }

  subscribe(sourceId: number, listener: (value: SourceSuggestions) => void): () => void {
    let entry = this.entries.get(sourceId);
    if (!entry) {
      entry = { value: null, listeners: new Set(), loading: null };
      this.entries.set(sourceId, entry);
      void this.load(sourceId);
    } else if (entry.value) listener(entry.value);
    entry.listeners.add(listener);
    return () => {
      entry.listeners.delete(listener);
      if (entry.listeners.size === 0) this.entries.delete(sourceId);
    };
  }

  /** What is shown now for a source, if anything shows it. */
  snapshot(sourceId: number): SourceSuggestions | null {
    return this.entries.get(sourceId)?.value ?? null;
  }

  /** Takes decided suggestions out of the list now; the reload the event brings confirms it. */
  drop(sourceId: number, ids: ReadonlySet<number>): void {
    const entry = this.entries.get(sourceId);
    if (!entry?.value) return;
    this.publish(entry, { ...entry.value, suggestions: entry.value.suggestions.filter((suggestion) => !ids.has(suggestion.id)) });
  }

  private publish(entry: Entry, value: SourceSuggestions): void {
    entry.value = value;
    for (const listener of entry.listeners) listener(value);
  }

  private load(sourceId: number): Promise<void> {
    const entry = this.entries.get(sourceId)!;
    const loading = this.api.call('suggestions.list', { sourceId }).then(
      (value) => {
        // Only the newest answer counts, and only while someone still shows this source.
        if (entry.loading !== loading || this.entries.get(sourceId) !== entry) return;
        this.publish(entry, value);
      },
      () => undefined,
    );
    entry.loading = loading;
    return loading;
  }
}

const stores = new WeakMap<ApiClient, SuggestionStore>();

export function suggestionStore(api: ApiClient): SuggestionStore {
  let store = stores.get(api);
  if (!store) stores.set(api, (store = new SuggestionStore(api)));
  return store;
}

const NOT_LOADED: SourceSuggestions & { loaded: boolean } = { suggestions: [], analyzedAt: null, reference: null, loaded: false };

/** A source's pending suggestions in reading order, kept current (an empty list while loading), and whether they have loaded. */
export function useSuggestions(sourceId: number): SourceSuggestions & { loaded: boolean } {
  const api = useApi();
  const [value, setValue] = useState<SourceSuggestions | null>(null);
  useEffect(() => {
    setValue(null);
    return suggestionStore(api).subscribe(sourceId, setValue);
  }, [api, sourceId]);
  return useMemo(() => (value ? { ...value, loaded: true } : NOT_LOADED), [value]);
}
