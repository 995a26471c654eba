import { useCallback, useEffect, useState } from 'react';
import type { SourceSummary } from '../../../../shared/domain/source';
import { messageOf } from '../../api/api-error';
import { useApi } from '../../app/api-context';
import { useWorkspace } from '../../app/workspace';

/**
 * The open investigation's sources, reloaded whenever any window imports, edits or deletes
 * one (sources.changed) and when the event stream reconnects after missing events.
 */
export function useSources(): { sources: SourceSummary[] | null; error: string | null } {
  const api = useApi();
  const { investigation } = useWorkspace();
  const [sources, setSources] = useState<SourceSummary[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  const load = useCallback(() => {
    let current = true;
    api.call('sources.list', {}).then(
      (list) => {
        if (!current) return;
        setSources(list);
        setError(null);
      },
      (failure: unknown) => current && setError(messageOf(failure)),
    );
    return () => {
      current = false;
    };
  }, [api]);

  useEffect(() => load(), [load, investigation?.path]);
  useEffect(() => {
    let cancelLoad = () => {};
    const offEvent = api.onEvent((event) => {
      if (event.type === 'sources.changed') {
        cancelLoad();
        cancelLoad = load();
      }
    });
    const offConnection = api.onConnectionChange((state) => {
      if (state === 'open') {
        cancelLoad();
        cancelLoad = load();
      }
    });
    return () => {
      cancelLoad();
      offEvent();
      offConnection();
    };
  }, [api, load]);

  return { sources, error };
}
