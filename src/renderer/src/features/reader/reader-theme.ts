import type { EditorThemeClasses, Klass, LexicalNode } from 'lexical';
import type { SourceBlockKind } from './nodes/SourceBlockNode';
import { SourceBlockNode } from './nodes/SourceBlockNode';
import { SourceListNode } from './nodes/SourceListNode';

/** Class names of the reader's blocks; styles/reader.css styles them. */
export const BLOCK_CLASSES: Record<SourceBlockKind, string> = {
  paragraph: 'reader-p',
  heading: 'reader-h',
  blockquote: 'reader-quote',
  'list-item': 'reader-li',
};

export const LIST_CLASS = 'reader-list';

export const READER_THEME: EditorThemeClasses = { sourceBlock: BLOCK_CLASSES, sourceList: LIST_CLASS };

export const READER_NODES: readonly Klass<LexicalNode>[] = [SourceBlockNode, SourceListNode];
