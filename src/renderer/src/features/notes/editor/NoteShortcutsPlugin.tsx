import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { COMMAND_PRIORITY_NORMAL, KEY_DOWN_COMMAND } from 'lexical';
import { useEffect, type RefObject } from 'react';
import { matchesShortcut } from '../../../app/shortcut-label';
import { $selectionFormat } from './block-format';
import { FOCUS_TOOLBAR_SHORTCUT, NOTE_ACTIONS, PARAGRAPH_ACTION, type NoteDialogs } from './note-actions';

/**
 * The toolbar's keys while typing (bold, italic, underline, undo and redo are Lexical's own),
 * and Alt+F10 to reach the toolbar. A handled key is not seen by the app's global shortcuts.
 */
export function NoteShortcutsPlugin({ dialogs, toolbar }: { dialogs: NoteDialogs; toolbar: RefObject<HTMLDivElement | null> }) {
  const [editor] = useLexicalComposerContext();
  useEffect(
    () =>
      editor.registerCommand(
        KEY_DOWN_COMMAND,
        (event) => {
          if (!event.ctrlKey && !event.metaKey && !event.altKey) return false;
          if (matchesShortcut(event, FOCUS_TOOLBAR_SHORTCUT)) {
            event.preventDefault();
            toolbar.current?.querySelector<HTMLButtonElement>('button[tabindex="0"]')?.focus();
            return true;
          }
          if (matchesShortcut(event, PARAGRAPH_ACTION.shortcut)) {
            event.preventDefault();
            PARAGRAPH_ACTION.run(editor);
            return true;
          }
          const action = NOTE_ACTIONS.find((candidate) => !candidate.boundByLexical && matchesShortcut(event, candidate.shortcut));
          if (!action) return false;
          event.preventDefault();
          const format = editor.getEditorState().read($selectionFormat, { editor });
          action.run({ editor, format, dialogs });
          return true;
        },
        COMMAND_PRIORITY_NORMAL,
      ),
    [editor, dialogs, toolbar],
  );
  return null;
}
