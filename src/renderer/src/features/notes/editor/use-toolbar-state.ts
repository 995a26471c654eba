import { mergeRegister } from '@lexical/utils';
import { CAN_REDO_COMMAND, CAN_UNDO_COMMAND, COMMAND_PRIORITY_LOW, type LexicalEditor } from 'lexical';
import { useEffect, useRef, useState } from 'react';
import { $selectionFormat, PLAIN_FORMAT, type SelectionFormat } from './block-format';

export interface ToolbarState {
  format: SelectionFormat;
  canUndo: boolean;
  canRedo: boolean;
}

/**
 * What the toolbar shows as pressed or disabled. Read after every update, but React hears of
 * it only when something it shows changed, so typing does not re-render the toolbar.
 */
export function useToolbarState(editor: LexicalEditor): ToolbarState {
  const [format, setFormat] = useState<SelectionFormat>(PLAIN_FORMAT);
  const shown = useRef(format);
  const [canUndo, setCanUndo] = useState(false);
  const [canRedo, setCanRedo] = useState(false);
  useEffect(
    () =>
      mergeRegister(
        editor.registerUpdateListener(({ editorState }) => {
          const next = editorState.read($selectionFormat, { editor });
          if (sameFormat(shown.current, next)) return;
          shown.current = next;
          setFormat(next);
        }),
        editor.registerCommand(CAN_UNDO_COMMAND, (value) => (setCanUndo(value), false), COMMAND_PRIORITY_LOW),
        editor.registerCommand(CAN_REDO_COMMAND, (value) => (setCanRedo(value), false), COMMAND_PRIORITY_LOW),
      ),
    [editor],
  );
  return { format, canUndo, canRedo };
}

function sameFormat(a: SelectionFormat, b: SelectionFormat): boolean {
  return a.block === b.block && a.bold === b.bold && a.italic === b.italic && a.underline === b.underline && a.link === b.link;
}
