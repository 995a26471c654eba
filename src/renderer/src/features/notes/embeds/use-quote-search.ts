import { useEffect, useState } from 'react';
import type { CitedAnnotation } from '../../../../../shared/domain/cited-annotation';
import { messageOf } from '../../../api/api-error';
import { useApi } from '../../../app/api-context';

const SHOWN = 50;
/** Long enough to let a word be typed, short enough to feel immediate; none for the first list. */
const TYPING_PAUSE_MS = 120;

export type QuoteSearch = { status: 'searching'; quotes: CitedAnnotation[] } | { status: 'done'; quotes: CitedAnnotation[] } | { status: 'failed'; message: string };

/** The quotes of the investigation that match what is typed, latest said first. */
export function useQuoteSearch(query: string): QuoteSearch {
  const api = useApi();
  const [search, setSearch] = useState<QuoteSearch>({ status: 'searching', quotes: [] });
  useEffect(() => {
    let current = true;
    setSearch((previous) => ({ status: 'searching', quotes: previous.status === 'failed' ? [] : previous.quotes }));
    const timer = setTimeout(() => {
      api.call('annotations.findQuotes', { query: query.slice(0, 500), limit: SHOWN }).then(
        (quotes) => current && setSearch({ status: 'done', quotes }),
        (error: unknown) => current && setSearch({ status: 'failed', message: messageOf(error) }),
      );
    }, query === '' ? 0 : TYPING_PAUSE_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [api, query]);
  return search;
}
