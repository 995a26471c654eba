import { useCallback, useDeferredValue, useEffect, useMemo, useRef, useState, type RefObject } from 'react';
import type { ReaderBodyHandle } from '../body/ReaderBody';
import { findMatches, firstMatchFrom, makeSearchable, type SearchableText, type SearchResult } from './search';

const NO_RESULT: SearchResult = { matches: [], truncated: false };

export interface FindState {
  isOpen: boolean;
  query: string;
  setQuery(query: string): void;
  result: SearchResult;
  /** Index of the current match in `result.matches`; -1 when there is none. */
  current: number;
  open(): void;
  close(): void;
  next(): void;
  previous(): void;
}

/**
 * Find in the whole canonical text, mounted or not. The text is folded for searching the first
 * time find opens (tens of milliseconds for a long report), not when the source opens. A new
 * query starts from the first match at or after what is on screen, as browsers do.
 */
export function useFind(text: string, body: RefObject<ReaderBodyHandle | null>): FindState {
  const [isOpen, setOpen] = useState(false);
  const [query, setQuery] = useState('');
  const deferredQuery = useDeferredValue(query);
  const searchable = useRef<{ text: string; folded: SearchableText } | null>(null);
  const [current, setCurrent] = useState(-1);

  const result = useMemo(() => {
    if (!isOpen || deferredQuery.trim() === '') return NO_RESULT;
    if (searchable.current?.text !== text) searchable.current = { text, folded: makeSearchable(text) };
    return findMatches(searchable.current.folded, deferredQuery);
  }, [isOpen, deferredQuery, text]);

  useEffect(() => {
    if (result.matches.length === 0) setCurrent(-1);
    else setCurrent(firstMatchFrom(result.matches, body.current?.readingPosition()?.offset ?? 0));
  }, [result, body]);

  useEffect(() => {
    const match = result.matches[current];
    if (match) void body.current?.reveal(match.start, match.end, { kind: 'center' });
  }, [result, current, body]);

  const step = useCallback(
    (by: number) => {
      const count = result.matches.length;
      if (count > 0) setCurrent((index) => (index + by + count) % count);
    },
    [result],
  );

  return {
    isOpen,
    query,
    setQuery,
    result,
    current,
    open: useCallback(() => setOpen(true), []),
    close: useCallback(() => setOpen(false), []),
    next: useCallback(() => step(1), [step]),
    previous: useCallback(() => step(-1), [step]),
  };
}
