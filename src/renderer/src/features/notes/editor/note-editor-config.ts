import { LinkNode } from '@lexical/link';
import { ListItemNode, ListNode } from '@lexical/list';
import { BOLD_ITALIC_STAR, BOLD_STAR, HEADING, ITALIC_STAR, LINK, ORDERED_LIST, QUOTE, UNORDERED_LIST, type Transformer } from '@lexical/markdown';
import { HeadingNode, QuoteNode } from '@lexical/rich-text';
import type { EditorThemeClasses, Klass, LexicalNode } from 'lexical';
import { ComparisonBlockNode } from './nodes/comparison-block-node';
import { EntityMentionNode } from './nodes/entity-mention-node';
import { QuoteCardNode } from './nodes/quote-card-node';

/**
 * Every node a note may hold. A saved note names its nodes by type, so a type is never removed
 * from this list: a note holding it could no longer be opened.
 */
export const NOTE_NODES: readonly Klass<LexicalNode>[] = [HeadingNode, QuoteNode, ListNode, ListItemNode, LinkNode, EntityMentionNode, QuoteCardNode, ComparisonBlockNode];

/** Class names of the notebook's blocks and formats; styles/notes.css styles them. */
export const NOTE_THEME: EditorThemeClasses = {
  paragraph: 'note-p',
  heading: { h1: 'note-h1', h2: 'note-h2', h3: 'note-h3' },
  quote: 'note-quote',
  list: {
    ul: 'note-ul',
    ol: 'note-ol',
    listitem: 'note-li',
    nested: { listitem: 'note-li-nested' },
  },
  link: 'note-link',
  text: {
    bold: 'note-bold',
    italic: 'note-italic',
    underline: 'note-underline',
  },
};

/**
 * Markdown typed at the start of a line or around words becomes formatting as it is typed
 * ("## ", "- ", "1. ", "> ", **bold**, *italic*, [text](url)), for reporters who write that way.
 * Underscores are left alone: they appear in file names and handles.
 */
export const NOTE_MARKDOWN_SHORTCUTS: Transformer[] = [HEADING, QUOTE, UNORDERED_LIST, ORDERED_LIST, BOLD_ITALIC_STAR, BOLD_STAR, ITALIC_STAR, LINK];
