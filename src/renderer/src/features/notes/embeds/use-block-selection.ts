import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useLexicalNodeSelection } from '@lexical/react/useLexicalNodeSelection';
import { mergeRegister } from '@lexical/utils';
import {
  $getNodeByKey,
  $getSelection,
  $isNodeSelection,
  $setSelection,
  CLICK_COMMAND,
  COMMAND_PRIORITY_LOW,
  KEY_BACKSPACE_COMMAND,
  KEY_DELETE_COMMAND,
  KEY_ENTER_COMMAND,
  type NodeKey,
} from 'lexical';
import { useEffect, type RefObject } from 'react';
import { navigate, type Route } from '../../../app/route';

/**
 * How an embedded block (a quote card, a comparison) behaves in the text: a click or an arrow
 * key selects it, Enter opens what it shows, Delete or Backspace removes it (undo brings it
 * back). Clicks on its links are left to the links. Returns whether it is selected.
 */
export function useBlockSelection(nodeKey: NodeKey, block: RefObject<HTMLElement | null>, opens: Route): boolean {
  const [editor] = useLexicalComposerContext();
  const [isSelected, setSelected, clearSelection] = useLexicalNodeSelection(nodeKey);

  useEffect(() => {
    const removeIfSelected = (event: KeyboardEvent | null) => {
      if (!isSelected || !$isNodeSelection($getSelection())) return false;
      event?.preventDefault();
      $getNodeByKey(nodeKey)?.remove();
      return true;
    };
    // A press in the text while the block is selected gives the text its caret back. Left to
    // Lexical, its click handling runs before it has read the new caret, re-applies the block
    // selection and clears the caret: the first click after selecting a block did nothing.
    const releaseOnPressElsewhere = (event: PointerEvent) => {
      if (!isSelected || event.button !== 0 || block.current?.contains(event.target as Node | null)) return;
      editor.update(
        () => {
          const selection = $getSelection();
          if ($isNodeSelection(selection) && selection.has(nodeKey)) $setSelection(null);
        },
        { discrete: true },
      );
    };
    return mergeRegister(
      editor.registerRootListener((root, previous) => {
        previous?.removeEventListener('pointerdown', releaseOnPressElsewhere, true);
        root?.addEventListener('pointerdown', releaseOnPressElsewhere, true);
      }),
      editor.registerCommand(
        CLICK_COMMAND,
        (event) => {
          const clicked = event.target as Node | null;
          if (!clicked || !block.current?.contains(clicked) || (clicked as Element).closest?.('a')) return false;
          if (!event.shiftKey) clearSelection();
          setSelected(!isSelected);
          return true;
        },
        COMMAND_PRIORITY_LOW,
      ),
      editor.registerCommand(KEY_DELETE_COMMAND, removeIfSelected, COMMAND_PRIORITY_LOW),
      editor.registerCommand(KEY_BACKSPACE_COMMAND, removeIfSelected, COMMAND_PRIORITY_LOW),
      editor.registerCommand(
        KEY_ENTER_COMMAND,
        (event) => {
          if (!isSelected || !$isNodeSelection($getSelection())) return false;
          event?.preventDefault();
          navigate(opens);
          return true;
        },
        COMMAND_PRIORITY_LOW,
      ),
    );
  }, [block, clearSelection, editor, isSelected, nodeKey, opens, setSelected]);

  return isSelected;
}
