import { useEffect, useState } from 'react';
import type { SourceDetail } from '../../../../shared/domain/source';
import { messageOf } from '../../api/api-error';
import { useApi } from '../../app/api-context';

export type SourceState = { status: 'loading' } | { status: 'failed'; message: string } | { status: 'ready'; source: SourceDetail };

/**
 * The source with its text, fetched when `id` changes; a late answer for another id is dropped.
 * When any window edits sources, the metadata is refreshed from the list; the text and blocks
 * never change after import, so they keep their identity and the body does not re-render.
 */
export function useSource(id: number): SourceState {
  const api = useApi();
  const [state, setState] = useState<SourceState>({ status: 'loading' });

  useEffect(() => {
    let current = true;
    setState({ status: 'loading' });
    api
      .call('sources.get', { id })
      .then((source) => current && setState({ status: 'ready', source }))
      .catch((failure: unknown) => current && setState({ status: 'failed', message: messageOf(failure) }));
    const off = api.onEvent((event) => {
      if (event.type !== 'sources.changed') return;
      api.call('sources.list', {}).then(
        (list) => {
          const summary = list.find((candidate) => candidate.id === id);
          if (!current || !summary) return;
          setState((previous) => (previous.status === 'ready' ? { status: 'ready', source: { ...previous.source, ...summary } } : previous));
        },
        () => undefined,
      );
    });
    return () => {
      current = false;
      off();
    };
  }, [api, id]);

  return state;
}
