import { useEffect } from 'react';
import type { Command } from './commands';
import { matchesShortcut } from './shortcut-label';
import { isTyping } from '../ui/is-typing';


/**
 * Binds every command's shortcut to the window. Single-character shortcuts ("?") are
 * ignored while typing in a field, so they never steal a character; function keys and
 * modifier shortcuts work everywhere outside dialogs.
 */
export function useGlobalShortcuts(commands: Command[], blocked: boolean): void {
  useEffect(() => {
    function onKeyDown(event: KeyboardEvent) {
      if (event.defaultPrevented) return;
      for (const command of commands) {
        if (!command.shortcut || !command.enabled) continue;
        const character = command.shortcut.length === 1;
        if ((character || command.leaveToFields) && isTyping(event.target)) continue;
        // While a dialog is up, the app behind it is out of reach: a shortcut there would
        // replace the dialog and lose what was typed in it. Escape closes the dialog first.
        if (blocked) continue;
        if (!matchesShortcut(event, command.shortcut)) continue;
        event.preventDefault();
        command.run();
        return;
      }
    }
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [commands, blocked]);
}
