import { useCallback, useEffect, useState } from 'react';
import type { NoteSummary } from '../../../../shared/domain/note';
import { messageOf } from '../../api/api-error';
import { useApi } from '../../app/api-context';

const RELOAD_INTERVAL_MS = 1000;

/**
 * The open investigation's notes, reloaded whenever any window creates, renames, saves or
 * deletes one (notes.changed), and when the event stream reconnects after missing events.
 */
export function useNotes(): { notes: NoteSummary[] | null; error: string | null } {
  const api = useApi();
  const [notes, setNotes] = useState<NoteSummary[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  const load = useCallback(() => {
    let current = true;
    api.call('notes.list', {}).then(
      (list) => {
        if (!current) return;
        setNotes(list);
        setError(null);
      },
      (failure: unknown) => current && setError(messageOf(failure)),
    );
    return () => {
      current = false;
    };
  }, [api]);

  useEffect(() => {
    let cancelLoad = load();
    let loadedAt = Date.now();
    let pending: number | undefined;
    const reload = () => {
      pending = undefined;
      loadedAt = Date.now();
      cancelLoad();
      cancelLoad = load();
    };
    // While a note is typed in, it is saved (and announced) twice a second: the list follows
    // at most once a second, so it does not compete with the typing.
    const reloadSoon = () => {
      pending ??= window.setTimeout(reload, Math.max(0, loadedAt + RELOAD_INTERVAL_MS - Date.now()));
    };
    const offEvent = api.onEvent((event) => {
      if (event.type === 'notes.changed') reloadSoon();
    });
    const offConnection = api.onConnectionChange((state) => {
      if (state === 'open') reloadSoon();
    });
    return () => {
      window.clearTimeout(pending);
      cancelLoad();
      offEvent();
      offConnection();
    };
  }, [api, load]);

  return { notes, error };
}
