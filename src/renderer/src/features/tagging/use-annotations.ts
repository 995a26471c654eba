import { useEffect, useState } from 'react';
import type { Annotation } from '../../../../shared/domain/annotation';
import type { ApiClient } from '../../api/client';
import { useApi } from '../../app/api-context';

interface Entry {
  annotations: Annotation[];
  /** False until the first answer: an empty list then means "none", not "not yet". */
  loaded: boolean;
  listeners: Set<(annotations: Annotation[]) => void>;
  loading: Promise<void> | null;
}

/**
 * One copy of each source's annotations per window, however many parts of it show them (the
 * reader's highlights, the inspector's list): a heavily tagged report is fetched and checked
 * once, and reloaded once when any window changes it.
 */
class AnnotationStore {
  private readonly entries = new Map<number, Entry>();

  constructor(private readonly api: ApiClient) {
    api.onEvent((event) => {
      if (event.type !== 'annotations.changed') return;
      for (const sourceId of event.sourceIds) if (this.entries.has(sourceId)) void this.load(sourceId);
    });
  }

  subscribe(sourceId: number, listener: (annotations: Annotation[]) => void): () => void {
    let entry = this.entries.get(sourceId);
    if (!entry) {
      entry = { annotations: [], loaded: false, listeners: new Set(), loading: null };
      this.entries.set(sourceId, entry);
      void this.load(sourceId);
    } else if (entry.loaded) listener(entry.annotations);
    entry.listeners.add(listener);
    return () => {
      entry.listeners.delete(listener);
      if (entry.listeners.size === 0) this.entries.delete(sourceId);
    };
  }

  private load(sourceId: number): Promise<void> {
    const entry = this.entries.get(sourceId)!;
    const loading = this.api.call('annotations.list', { sourceId }).then(
      (annotations) => {
        // Only the newest answer counts, and only while someone still shows this source.
        if (entry.loading !== loading || this.entries.get(sourceId) !== entry) return;
        entry.annotations = annotations;
        entry.loaded = true;
        for (const listener of entry.listeners) listener(annotations);
      },
      () => undefined,
    );
    entry.loading = loading;
    return loading;
  }
}

const stores = new WeakMap<ApiClient, AnnotationStore>();

const NONE: Annotation[] = [];

/** A source's annotations, kept current whenever any window changes them; null until loaded. */
export function useLoadedAnnotations(sourceId: number): Annotation[] | null {
  const api = useApi();
  const [annotations, setAnnotations] = useState<Annotation[] | null>(null);
  useEffect(() => {
    let store = stores.get(api);
    if (!store) stores.set(api, (store = new AnnotationStore(api)));
    setAnnotations(null);
    return store.subscribe(sourceId, setAnnotations);
  }, [api, sourceId]);
  return annotations;
}

/** A source's annotations, kept current whenever any window changes them (none while loading). */
export function useAnnotations(sourceId: number): Annotation[] {
  return useLoadedAnnotations(sourceId) ?? NONE;
}
