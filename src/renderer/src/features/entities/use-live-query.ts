import { useEffect, useState } from 'react';
import type { AppEvent } from '../../../../shared/contract';
import { messageOf } from '../../api/api-error';
import { useApi } from '../../app/api-context';

export interface LiveQuery<T> {
  data: T | null;
  error: string | null;
}

/**
 * Loads once, then again whenever an event says the answer may have changed, and when the
 * event stream reconnects (events may have been missed). One change often sends several
 * events at once: a load already running is followed by exactly one more, never a pile.
 * `load` and `reloadsOn` must be stable (useCallback, or defined outside the component); a
 * new one starts over.
 */
export function useLiveQuery<T>(load: () => Promise<T>, reloadsOn: (event: AppEvent) => boolean): LiveQuery<T> {
  const api = useApi();
  const [state, setState] = useState<LiveQuery<T>>({ data: null, error: null });

  useEffect(() => {
    let alive = true;
    let running = false;
    let again = false;
    const run = () => {
      if (running) {
        again = true;
        return;
      }
      running = true;
      load()
        .then(
          (data) => alive && setState({ data, error: null }),
          (failure: unknown) => alive && setState((current) => ({ data: current.data, error: messageOf(failure) })),
        )
        .finally(() => {
          running = false;
          if (alive && again) {
            again = false;
            run();
          }
        });
    };
    run();
    const offEvent = api.onEvent((event) => {
      if (reloadsOn(event)) run();
    });
    const offConnection = api.onConnectionChange((connection) => {
      if (connection === 'open') run();
    });
    return () => {
      alive = false;
      offEvent();
      offConnection();
    };
  }, [api, load, reloadsOn]);

  return state;
}
