import { $applyNodeReplacement, $getDocument, addClassNamesToElement, ElementNode, type EditorConfig, type LexicalNode } from 'lexical';

/**
 * The list that consecutive list-item blocks are shown in. It stands for no text of its own
 * (its items carry their offsets), so it has no offsets and nothing to serialize.
 */
export class SourceListNode extends ElementNode {
  override $config() {
    return this.config('source-list', { extends: ElementNode });
  }

  override createDOM(config: EditorConfig): HTMLElement {
    const element = $getDocument().createElement('ul');
    addClassNamesToElement(element, config.theme.sourceList as string | undefined);
    return element;
  }

  override updateDOM(): boolean {
    return false;
  }

  override canBeEmpty(): boolean {
    return false;
  }
}

export function $createSourceListNode(): SourceListNode {
  return $applyNodeReplacement(new SourceListNode());
}

export function $isSourceListNode(node: LexicalNode | null | undefined): node is SourceListNode {
  return node instanceof SourceListNode;
}
