import { useEffect, useRef } from 'react';
import { FIND_IN_SOURCE_EVENT } from '../../../app/commands';
import { matchesShortcut } from '../../../app/shortcut-label';
import type { FindState } from './use-find';

export const FIND_SHORTCUT = 'Mod+F';

/**
 * Ctrl/Cmd+F opens find while the reader is shown (instead of the browser's own find, which
 * sees only the mounted sections); F3 and Shift+F3 go to the next and previous match. Runs in
 * the capture phase, before the app's global shortcuts, and not while a dialog is open.
 */
export function useFindKeys(find: FindState, focusInput: () => void, blocked: boolean): void {
  const latest = useRef({ find, focusInput, blocked });
  latest.current = { find, focusInput, blocked };

  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      const { find, focusInput, blocked } = latest.current;
      // Not behind a dialog (import, delete): the keys belong to the dialog then.
      if (blocked || event.defaultPrevented || document.querySelector('dialog[open]')) return;
      if (matchesShortcut(event, FIND_SHORTCUT)) {
        event.preventDefault();
        find.open();
        focusInput();
      } else if (event.key === 'F3' && !event.ctrlKey && !event.metaKey && !event.altKey) {
        event.preventDefault();
        if (!find.isOpen) {
          find.open();
          focusInput();
        } else if (event.shiftKey) find.previous();
        else find.next();
      }
    }
    // The palette and the desktop menu's Find item ask through an event instead of a key.
    function onFindRequested() {
      latest.current.find.open();
      latest.current.focusInput();
    }
    window.addEventListener('keydown', onKeyDown, true);
    window.addEventListener(FIND_IN_SOURCE_EVENT, onFindRequested);
    return () => {
      window.removeEventListener('keydown', onKeyDown, true);
      window.removeEventListener(FIND_IN_SOURCE_EVENT, onFindRequested);
    };
  }, []);
}
