import { useCallback, useRef, type RefObject } from 'react';
import type { ReaderBodyHandle } from '../body/ReaderBody';
import { useFind, type FindState } from './use-find';
import { useFindHighlights } from './use-find-highlights';
import { useFindKeys } from './use-find-keys';

export interface FindInReader {
  find: FindState;
  inputRef: RefObject<HTMLInputElement | null>;
  /** Closes the bar and gives focus back to where it was when find opened. */
  close(): void;
}

/** Find wired into the reader: its keys, its highlights, and focus going and coming back. */
export function useFindInReader(
  text: string,
  body: RefObject<ReaderBodyHandle | null>,
  scroller: HTMLElement | null,
  blocked: boolean,
  renderVersion: number,
): FindInReader {
  const find = useFind(text, body);
  const inputRef = useRef<HTMLInputElement>(null);
  const focusBefore = useRef<Element | null>(null);

  const focusInput = useCallback(() => {
    if (!focusBefore.current && document.activeElement !== inputRef.current) focusBefore.current = document.activeElement;
    // When the bar is not there yet, it focuses its field as it mounts.
    inputRef.current?.focus();
    inputRef.current?.select();
  }, []);

  const close = useCallback(() => {
    find.close();
    const previous = focusBefore.current;
    focusBefore.current = null;
    if (previous instanceof HTMLElement && previous.isConnected && previous !== document.body) previous.focus();
    else scroller?.focus();
  }, [find, scroller]);

  useFindKeys(find, focusInput, blocked);
  useFindHighlights(scroller, find.isOpen ? find.result.matches : null, find.current, renderVersion);
  return { find, inputRef, close };
}
