import { $createLineBreakNode, $createTextNode, $getRoot, type LexicalNode } from 'lexical';
import type { CodePointIndex } from '../code-points';
import { $createSourceBlockNode } from '../nodes/SourceBlockNode';
import { $createSourceListNode, type SourceListNode } from '../nodes/SourceListNode';
import type { Section } from './sections';
import { headingLevelFor } from '../shown-blocks';

/** Fills an empty editor with one section's blocks; consecutive list items share one list. */
export function $appendSection(section: Section, text: CodePointIndex, topHeadingLevel: number): void {
  const root = $getRoot();
  let list: SourceListNode | null = null;
  for (const block of section.blocks) {
    const node = $createSourceBlockNode(block.kind, block.start, block.end, headingLevelFor(block.level, topHeadingLevel));
    node.append(...$linesOf(text.slice(block.start, block.end)));
    if (block.kind === 'list-item') {
      if (!list) {
        list = $createSourceListNode();
        root.append(list);
      }
      list.append(node);
    } else {
      list = null;
      root.append(node);
    }
  }
}

/** A block's text, its single line breaks as Lexical line-break nodes. */
function $linesOf(text: string): LexicalNode[] {
  const nodes: LexicalNode[] = [];
  text.split('\n').forEach((line, index) => {
    if (index > 0) nodes.push($createLineBreakNode());
    if (line !== '') nodes.push($createTextNode(line));
  });
  return nodes;
}
