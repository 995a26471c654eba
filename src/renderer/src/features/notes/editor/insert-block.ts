import { $insertNodeToNearestRoot } from '@lexical/utils';
import { $createParagraphNode, $getSelection, $isParagraphNode, $isRangeSelection, type LexicalNode } from 'lexical';

/**
 * Puts a block (a quote card) where the caret is: in place of the empty line the caret is on,
 * or else splitting the block at the caret. Either way a line follows it, with the caret
 * there, so typing goes on below.
 */
export function $insertBlockAtCaret(block: LexicalNode): void {
  const selection = $getSelection();
  const line = $isRangeSelection(selection) && selection.isCollapsed() ? selection.anchor.getNode().getTopLevelElement() : null;
  if (!$isParagraphNode(line) || !line.isEmpty()) {
    $insertNodeToNearestRoot(block);
    return;
  }
  line.replace(block);
  const next = block.getNextSibling();
  if ($isParagraphNode(next)) next.selectStart();
  else block.insertAfter($createParagraphNode()).selectStart();
}
