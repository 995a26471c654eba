import { $applyNodeReplacement, $getDocument, $getState, $setState, createState, DecoratorNode, type LexicalNode, type NodeKey } from 'lexical';
import type { JSX } from 'react';
import { ComparisonBlock } from '../../embeds/ComparisonBlock';

const positiveId = (value: unknown) => (typeof value === 'number' && Number.isSafeInteger(value) && value > 0 ? value : 0);
const text = (value: unknown) => (typeof value === 'string' ? value.slice(0, 200) : '');
/** A comparison has 2 to 4 columns; a stored note that says otherwise keeps what can be read. */
const headings = (value: unknown) => (Array.isArray(value) ? value.slice(0, 4).map(text) : []);
const sameHeadings = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((heading, index) => heading === b[index]);

/** The saved comparison shown, by id; the block reads it afresh each time it is shown. */
const comparisonIdState = createState('comparisonId', { parse: positiveId });
/** Its name and column headings when inserted: the note's plain text, and what a deleted comparison still shows. */
const nameState = createState('name', { parse: text });
const columnsState = createState('columns', { parse: headings, isEqual: sameHeadings });

export interface ComparisonBlockSnapshot {
  comparisonId: number;
  name: string;
  /** Each column's heading, as the Compare view showed it. */
  columns: string[];
}

/**
 * A saved comparison embedded in a note: its columns side by side and its paired statements, as
 * the investigation has them now, with a link that opens it in the Compare view. Stored as
 * `{"type":"comparison-block","version":1,"comparisonId":…,"name":"…","columns":["…","…"]}`.
 */
export class ComparisonBlockNode extends DecoratorNode<JSX.Element> {
  override $config() {
    return this.config('comparison-block', {
      extends: DecoratorNode,
      stateConfigs: [comparisonIdState, nameState, columnsState].map((stateConfig) => ({ stateConfig, flat: true })),
    });
  }

  snapshot(): ComparisonBlockSnapshot {
    return {
      comparisonId: $getState(this, comparisonIdState),
      name: $getState(this, nameState),
      columns: [...$getState(this, columnsState)],
    };
  }

  override createDOM(): HTMLElement {
    const host = $getDocument().createElement('div');
    host.className = 'note-comparison-host';
    return host;
  }

  override updateDOM(): false {
    return false;
  }

  override isInline(): false {
    return false;
  }

  override getTextContent(): string {
    const { name, columns } = this.snapshot();
    return columns.length > 0 ? `Comparison “${name}”: ${columns.join(' | ')}` : `Comparison “${name}”`;
  }

  override decorate(): JSX.Element {
    return <ComparisonBlock nodeKey={this.getKey() as NodeKey} snapshot={this.snapshot()} />;
  }
}

export function $createComparisonBlockNode(snapshot: ComparisonBlockSnapshot): ComparisonBlockNode {
  let node = new ComparisonBlockNode();
  node = $setState(node, comparisonIdState, snapshot.comparisonId);
  node = $setState(node, nameState, snapshot.name);
  node = $setState(node, columnsState, snapshot.columns);
  return $applyNodeReplacement(node);
}

export function $isComparisonBlockNode(node: LexicalNode | null | undefined): node is ComparisonBlockNode {
  return node instanceof ComparisonBlockNode;
}
