import { useEffect, useState } from 'react';
import type { Annotation } from '../../../../shared/domain/annotation';
import type { ApiClient } from '../../api/client';
import { useApi } from '../../app/api-context';

interface Entry {
  annotations: Annotation[];
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
      entry = { annotations: [], listeners: new Set(), loading: null };
      this.entries.set(sourceId, entry);
      void this.load(sourceId);
    } else listener(entry.annotations);
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
        for (const listener of entry.listeners) listener(annotations);
      },
      () => undefined,
    );
    entry.loading = loading;
    return loading;
  }
}

const stores = new WeakMap<ApiClient, AnnotationStore>();

/** A source's annotations, kept current whenever any window changes them. */
export function useAnnotations(sourceId: number): Annotation[] {
  const api = useApi();
  const [annotations, setAnnotations] = useState<Annotation[]>([]);
  useEffect(() => {
    let store = stores.get(api);
    if (!store) stores.set(api, (store = new AnnotationStore(api)));
    return store.subscribe(sourceId, setAnnotations);
  }, [api, sourceId]);
  return annotations;
}
