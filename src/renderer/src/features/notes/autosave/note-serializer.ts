import {
  $exportNodeJSON,
  $getNodeByKey,
  $getRoot,
  $getSlot,
  $getSlotNames,
  $isElementNode,
  $isRootNode,
  $withCompactExport,
  type EditorState,
  type LexicalNode,
  type NodeKey,
} from 'lexical';

/**
 * Writes a note's editor state as JSON text, the same text as
 * `JSON.stringify(editorState.toJSON())`, but re-exporting only the top-level blocks that
 * changed since the last time: a save of a 20,000-word note then costs what the paragraph being
 * typed in costs, not milliseconds of the next keystroke's time.
 *
 * Lexical does not copy a block when something inside it changes (it marks the block dirty),
 * so a block is known unchanged by the updates' dirty keys, not by its identity. Updates that
 * replace the state wholesale (undo, redo, a stored version loaded) make every block stale.
 */
export class NoteSerializer {
  private blocks = new Map<NodeKey, { node: LexicalNode; json: string }>();
  private readonly touched = new Set<NodeKey>();
  private stale = true;

  /** From the editor's update listener: the blocks this update changed. */
  noteUpdate(editorState: EditorState, dirtyElements: ReadonlyMap<NodeKey, boolean>, dirtyLeaves: ReadonlySet<NodeKey>): void {
    if (this.stale) return;
    editorState.read(() => {
      for (const key of [...dirtyElements.keys(), ...dirtyLeaves]) {
        // Gone in this update: its block (or the root, for a block) is dirty too.
        const node = $getNodeByKey(key);
        if (node === null || $isRootNode(node)) continue;
        const block = node.getTopLevelElement();
        if (block) this.touched.add(block.getKey());
        else this.stale = true;
      }
    });
  }

  /** Every block is exported afresh next time. */
  invalidate(): void {
    this.stale = true;
  }

  serialize(editorState: EditorState): string {
    return editorState.read(() =>
      // toJSON() with no argument writes the full (not the compact) form: so does this.
      $withCompactExport(false, () => {
        const root = $getRoot();
        const blocks = new Map<NodeKey, { node: LexicalNode; json: string }>();
        const parts: string[] = [];
        for (const node of root.getChildren()) {
          const key = node.getKey();
          const known = this.blocks.get(key);
          const json =
            !this.stale && known !== undefined && known.node === node && !this.touched.has(key)
              ? known.json
              : JSON.stringify($exportTree(node));
          blocks.set(key, { node, json });
          parts.push(json);
        }
        this.blocks = blocks;
        this.touched.clear();
        this.stale = false;
        const shell = JSON.stringify($exportNodeJSON(root));
        return `{"root":${shell.replace('"children":[]', `"children":[${parts.join(',')}]`)}}`;
      }),
    );
  }
}

/** A node with its children and slots, as EditorState.toJSON writes each node. */
function $exportTree(node: LexicalNode): unknown {
  const serialized = $exportNodeJSON(node) as { children?: unknown[]; $slots?: Record<string, unknown> };
  if ($isElementNode(node)) for (const child of node.getChildren()) serialized.children!.push($exportTree(child));
  const slotNames = $getSlotNames(node);
  if (slotNames.length > 0) {
    serialized.$slots = Object.fromEntries(slotNames.map((name) => [name, $exportTree($getSlot(node, name as never)!)]));
  }
  return serialized;
}
