import type { LexicalEditor } from 'lexical';
import { forwardRef, Fragment, useState, type KeyboardEvent } from 'react';
import { shortcutLabel } from '../../../app/shortcut-label';
import { focusText } from './focus-text';
import { FOCUS_TOOLBAR_SHORTCUT, NOTE_ACTION_GROUPS, type NoteDialogs } from './note-actions';
import { ToolbarIcon } from './toolbar-icons';
import type { ToolbarState } from './use-toolbar-state';

interface NoteToolbarProps {
  editor: LexicalEditor;
  state: ToolbarState;
  dialogs: NoteDialogs;
}

/**
 * The slim formatting bar. One tab stop (arrow keys move between buttons, as in any toolbar);
 * Alt+F10 from the text comes here and Escape goes back. Pressing a button with the mouse
 * leaves the focus, and so the selection, in the text.
 */
export const NoteToolbar = forwardRef<HTMLDivElement, NoteToolbarProps>(function NoteToolbar({ editor, state, dialogs }, ref) {
  const [current, setCurrent] = useState(0);

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const buttons = [...event.currentTarget.querySelectorAll<HTMLButtonElement>('button')];
    const index = buttons.indexOf(document.activeElement as HTMLButtonElement);
    const step = { ArrowRight: 1, ArrowLeft: -1, Home: -index, End: buttons.length - 1 - index }[event.key];
    if (event.key === 'Escape') {
      event.preventDefault();
      focusText(editor);
      return;
    }
    if (step === undefined || index < 0) return;
    event.preventDefault();
    const next = (index + step + buttons.length) % buttons.length;
    setCurrent(next);
    buttons[next]!.focus();
  }

  let position = 0;
  return (
    <div ref={ref} className="note-toolbar" role="toolbar" aria-label="Formatting" title={`Formatting (${shortcutLabel(FOCUS_TOOLBAR_SHORTCUT)} from the text)`} onKeyDown={onKeyDown}>
      {NOTE_ACTION_GROUPS.map((group, groupIndex) => (
        <Fragment key={group[0]!.id}>
          {groupIndex > 0 ? <span className="note-toolbar-separator" role="separator" aria-orientation="vertical" /> : null}
          {group.map((action) => {
            const index = position++;
            const disabled = (action.id === 'undo' && !state.canUndo) || (action.id === 'redo' && !state.canRedo);
            return (
              <button
                key={action.id}
                type="button"
                className="note-tool"
                tabIndex={index === current ? 0 : -1}
                aria-label={action.label}
                aria-pressed={action.pressed ? action.pressed(state.format) : undefined}
                aria-keyshortcuts={ariaShortcut(action.shortcut)}
                title={`${action.label} (${shortcutLabel(action.shortcut)})`}
                // aria-disabled keeps the button reachable by arrow keys, with its tooltip.
                aria-disabled={disabled || undefined}
                onMouseDown={(event) => event.preventDefault()}
                onFocus={() => setCurrent(index)}
                onClick={() => {
                  if (!disabled) action.run({ editor, format: state.format, dialogs });
                }}
              >
                <ToolbarIcon action={action.id} />
              </button>
            );
          })}
        </Fragment>
      ))}
    </div>
  );
});

/** "Mod+Shift+L" as aria-keyshortcuts writes it for this platform. */
function ariaShortcut(shortcut: string): string {
  const mod = /Mac|iPhone|iPad/.test(navigator.platform) ? 'Meta' : 'Control';
  return shortcut.replace('Mod', mod);
}
