import { $isLinkNode } from '@lexical/link';
import { $isListNode, ListNode } from '@lexical/list';
import { $createHeadingNode, $createQuoteNode, $isHeadingNode, $isQuoteNode } from '@lexical/rich-text';
import { $setBlocksType } from '@lexical/selection';
import { $findMatchingParent, $getNearestNodeOfType } from '@lexical/utils';
import { $createParagraphNode, $getSelection, $isRangeSelection, $isRootOrShadowRoot, type ElementNode, type LexicalNode } from 'lexical';

/** The kinds of block the toolbar offers, and what it shows for the block holding the caret. */
export type BlockKind = 'paragraph' | 'h1' | 'h2' | 'h3' | 'bullet' | 'number' | 'quote';

export interface SelectionFormat {
  block: BlockKind;
  bold: boolean;
  italic: boolean;
  underline: boolean;
  link: boolean;
}

export const PLAIN_FORMAT: SelectionFormat = { block: 'paragraph', bold: false, italic: false, underline: false, link: false };

/** What the toolbar shows as pressed for the current selection. Call inside a read or update. */
export function $selectionFormat(): SelectionFormat {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return PLAIN_FORMAT;
  const anchor = selection.anchor.getNode();
  const focused = selection.isBackward() ? selection.anchor.getNode() : selection.focus.getNode();
  return {
    block: $blockKindAt(anchor),
    bold: selection.hasFormat('bold'),
    italic: selection.hasFormat('italic'),
    underline: selection.hasFormat('underline'),
    link: $isLinkNode(focused) || $isLinkNode(focused.getParent()) || $isLinkNode(anchor.getParent()),
  };
}

function $blockKindAt(node: LexicalNode): BlockKind {
  const topLevel =
    node.getKey() === 'root'
      ? null
      : $findMatchingParent(node, (candidate) => {
          const parent = candidate.getParent();
          return parent !== null && $isRootOrShadowRoot(parent);
        });
  if (!topLevel) return 'paragraph';
  if ($isListNode(topLevel)) {
    // A nested list's own type is what the caret is in.
    const list = $getNearestNodeOfType(node, ListNode) ?? topLevel;
    return list.getListType() === 'number' ? 'number' : 'bullet';
  }
  if ($isHeadingNode(topLevel)) {
    const tag = topLevel.getTag();
    return tag === 'h1' || tag === 'h2' ? tag : 'h3';
  }
  if ($isQuoteNode(topLevel)) return 'quote';
  return 'paragraph';
}

/**
 * Turns the selected blocks into `kind`, or back into paragraphs when they already are that
 * kind (the toolbar's buttons toggle). Lists have their own commands. Call inside an update.
 */
export function $toggleBlock(kind: 'h1' | 'h2' | 'quote', current: BlockKind): void {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return;
  $setBlocksType(selection, (): ElementNode => {
    if (current === kind) return $createParagraphNode();
    return kind === 'quote' ? $createQuoteNode() : $createHeadingNode(kind);
  });
}

/** Back to plain paragraphs. Call inside an update. */
export function $makeParagraphs(): void {
  const selection = $getSelection();
  if ($isRangeSelection(selection)) $setBlocksType(selection, () => $createParagraphNode());
}
