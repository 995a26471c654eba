import {
  $applyNodeReplacement,
  $getDocument,
  addClassNamesToElement,
  ElementNode,
  enumValue,
  nodeSchema,
  numberValue,
  withField,
  type EditorConfig,
  type LexicalNode,
  type LexicalParseJSON,
  type SerializedElementNode,
  type SerializedPartial,
  type Spread,
} from 'lexical';
import type { TextBlock } from '../../../../../shared/domain/source';
import { BLOCK_END, BLOCK_START } from '../dom-offsets';

export type SourceBlockKind = TextBlock['kind'];

export type SerializedSourceBlockNode = Spread<
  { blockKind: SourceBlockKind; headingLevel: number; start: number; end: number },
  SerializedElementNode
>;

const BLOCK_KINDS = ['paragraph', 'heading', 'blockquote', 'list-item'] as const satisfies readonly SourceBlockKind[];
const offsetValue = () => numberValue(0, { integer: true, min: 0 });

const sourceBlockSchema = nodeSchema<SourceBlockNode>()({
  blockKind: withField(enumValue(BLOCK_KINDS), { field: '__blockKind' }),
  headingLevel: withField(numberValue(2, { integer: true, min: 2, max: 6 }), { field: '__headingLevel' }),
  start: withField(offsetValue(), { field: '__start' }),
  end: withField(offsetValue(), { field: '__end' }),
});

// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging
export interface SourceBlockNode {
  exportJSON(compact?: false): SerializedSourceBlockNode;
  exportJSON(compact: boolean): SerializedPartial<SerializedSourceBlockNode>;
  updateFromJSON(serializedNode: LexicalParseJSON<SerializedSourceBlockNode>): this;
}

/**
 * One block of a source's canonical text (heading, paragraph, block quote or list item) and
 * where it lies in that text, in code points. Its DOM element carries the offsets as
 * `data-block-start` / `data-block-end`, which is what maps a selection in the reader back to
 * the canonical text (see dom-offsets.ts). The reader is read-only: these nodes are derived from
 * the source each time a section mounts, never saved.
 */
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging
export class SourceBlockNode extends ElementNode {
  /** @internal */
  __blockKind: SourceBlockKind;
  /** @internal The rendered heading element (h2–h6); the reader's h1 is the source's title. */
  __headingLevel: number;
  /** @internal */
  __start: number;
  /** @internal */
  __end: number;

  override $config() {
    return this.config('source-block', { extends: ElementNode, json: sourceBlockSchema });
  }

  constructor(kind: SourceBlockKind = 'paragraph', start = 0, end = 0, headingLevel = 2, key?: string) {
    super(key);
    this.__blockKind = kind;
    this.__start = start;
    this.__end = end;
    this.__headingLevel = headingLevel;
  }

  getBlockKind(): SourceBlockKind {
    return this.getLatest().__blockKind;
  }

  getHeadingLevel(): number {
    return this.getLatest().__headingLevel;
  }

  getStart(): number {
    return this.getLatest().__start;
  }

  getEnd(): number {
    return this.getLatest().__end;
  }

  override createDOM(config: EditorConfig): HTMLElement {
    const element = $getDocument().createElement(tagFor(this.__blockKind, this.__headingLevel));
    element.setAttribute(BLOCK_START, String(this.__start));
    element.setAttribute(BLOCK_END, String(this.__end));
    const classes = config.theme.sourceBlock as Partial<Record<SourceBlockKind, string>> | undefined;
    addClassNamesToElement(element, classes?.[this.__blockKind]);
    return element;
  }

  override updateDOM(previous: this, element: HTMLElement): boolean {
    if (tagFor(previous.__blockKind, previous.__headingLevel) !== tagFor(this.__blockKind, this.__headingLevel)) return true;
    element.setAttribute(BLOCK_START, String(this.__start));
    element.setAttribute(BLOCK_END, String(this.__end));
    return false;
  }

  // Read-only text: nothing may be merged into or typed after a block.
  override canBeEmpty(): boolean {
    return false;
  }

  override canIndent(): boolean {
    return false;
  }
}

function tagFor(kind: SourceBlockKind, headingLevel: number): string {
  if (kind === 'heading') return `h${headingLevel}`;
  if (kind === 'blockquote') return 'blockquote';
  if (kind === 'list-item') return 'li';
  return 'p';
}

export function $createSourceBlockNode(kind: SourceBlockKind, start: number, end: number, headingLevel = 2): SourceBlockNode {
  return $applyNodeReplacement(new SourceBlockNode(kind, start, end, headingLevel));
}

export function $isSourceBlockNode(node: LexicalNode | null | undefined): node is SourceBlockNode {
  return node instanceof SourceBlockNode;
}
