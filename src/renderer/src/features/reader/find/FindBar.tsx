import { useId, useLayoutEffect, type KeyboardEvent, type RefObject } from 'react';
import { shortcutLabel } from '../../../app/shortcut-label';
import { Icon } from '../../../ui/icons';
import type { FindState } from './use-find';
import { FIND_SHORTCUT } from './use-find-keys';

interface FindBarProps {
  find: FindState;
  inputRef: RefObject<HTMLInputElement | null>;
  onClose(): void;
}

/** The find bar: a query field, "3 of 12", previous and next, and close. */
export function FindBar({ find, inputRef, onClose }: FindBarProps) {
  const inputId = useId();
  useLayoutEffect(() => {
    inputRef.current?.focus();
    inputRef.current?.select();
  }, [inputRef]);
  const countId = useId();
  const { matches, truncated } = find.result;
  const count =
    find.query.trim() === ''
      ? ''
      : matches.length === 0
        ? 'No matches'
        : `${(find.current + 1).toLocaleString()} of ${matches.length.toLocaleString()}${truncated ? '+' : ''}`;

  const onKeyDown = (event: KeyboardEvent<HTMLElement>) => {
    if (event.key === 'Escape') {
      event.preventDefault();
      onClose();
    } else if (event.key === 'Enter' && event.target === inputRef.current) {
      event.preventDefault();
      if (event.shiftKey) find.previous();
      else find.next();
    }
  };

  return (
    <div className="find-bar" role="search" aria-label="Find in this source" onKeyDown={onKeyDown}>
      <label className="visually-hidden" htmlFor={inputId}>
        Find in this source
      </label>
      <Icon name="search" size={16} />
      <input
        id={inputId}
        ref={inputRef}
        className="find-input"
        type="text"
        value={find.query}
        onChange={(event) => find.setQuery(event.target.value)}
        placeholder="Find in this source"
        aria-describedby={countId}
        title={`Find in this source (${shortcutLabel(FIND_SHORTCUT)})`}
        autoComplete="off"
        spellCheck={false}
      />
      <span id={countId} className="find-count" aria-live="polite">
        {count}
      </span>
      <button
        type="button"
        className="icon-button find-previous"
        onClick={find.previous}
        disabled={matches.length === 0}
        aria-label="Previous match"
        title={`Previous match (${shortcutLabel('Shift+Enter')} or ${shortcutLabel('Shift+F3')})`}
      >
        <Icon name="chevronDown" size={16} />
      </button>
      <button
        type="button"
        className="icon-button"
        onClick={find.next}
        disabled={matches.length === 0}
        aria-label="Next match"
        title="Next match (Enter or F3)"
      >
        <Icon name="chevronDown" size={16} />
      </button>
      <button type="button" className="icon-button" onClick={onClose} aria-label="Close find" title="Close (Escape)">
        <Icon name="close" size={16} />
      </button>
    </div>
  );
}
