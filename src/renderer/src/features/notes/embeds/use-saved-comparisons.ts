import { useEffect, useState } from 'react';
import type { ComparisonSummary } from '../../../../../shared/domain/comparison';
import { messageOf } from '../../../api/api-error';
import { useApi } from '../../../app/api-context';

export type SavedComparisons =
  | { status: 'loading' }
  | { status: 'done'; comparisons: ComparisonSummary[] }
  | { status: 'failed'; message: string };

/** The investigation's saved comparisons, most recently saved first, kept current while shown. */
export function useSavedComparisons(): SavedComparisons {
  const api = useApi();
  const [list, setList] = useState<SavedComparisons>({ status: 'loading' });
  useEffect(() => {
    let current = true;
    let request = 0;
    const load = () => {
      const mine = ++request;
      api.call('compare.list', {}).then(
        (comparisons) => current && mine === request && setList({ status: 'done', comparisons }),
        (error: unknown) => current && mine === request && setList({ status: 'failed', message: messageOf(error) }),
      );
    };
    load();
    const stop = api.onEvent((event) => {
      if (event.type === 'comparisons.changed') load();
    });
    return () => {
      current = false;
      stop();
    };
  }, [api]);
  return list;
}
