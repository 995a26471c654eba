import { makeLongSource } from '../e2e/support/long-source';
import type { NoteContent } from '../src/shared/domain/note';

export interface LongNote {
  content: NoteContent;
  plainText: string;
  /** The text of each top-level block, in order (list items as their own blocks). */
  paragraphs: string[];
  wordCount: number;
}

type SerializedNode = Record<string, unknown> & { type: string };

const text = (value: string): SerializedNode => ({ type: 'text', version: 1, text: value, format: 0, detail: 0, mode: 'normal', style: '' });
const element = (type: string, children: SerializedNode[], extra: Record<string, unknown> = {}): SerializedNode => ({
  type,
  version: 1,
  direction: null,
  format: '',
  indent: 0,
  children,
  ...extra,
});

/** A line with its line breaks as Lexical writes them, and the odd word in bold, as notes have. */
function inline(line: string, index: number): SerializedNode[] {
  const nodes: SerializedNode[] = [];
  line.split('\n').forEach((part, lineIndex) => {
    if (lineIndex > 0) nodes.push({ type: 'linebreak', version: 1 });
    const words = part.split(' ');
    if (index % 7 === 3 && words.length > 6) {
      nodes.push(text(`${words.slice(0, 3).join(' ')} `), { ...text(words.slice(3, 5).join(' ')), format: 1 }, text(` ${words.slice(5).join(' ')}`));
    } else {
      nodes.push(text(part));
    }
  });
  return nodes;
}

/**
 * A reporter's long note of about `targetWords` words (the bench's 20,000), built from the
 * same seeded text as the long source: headings, paragraphs, quotes and bulleted lists, as a
 * saved Lexical editor state, with its plain text.
 */
export function makeLongNote(targetWords = 20_000): LongNote {
  const source = makeLongSource(targetWords, 'Long note');
  const points = [...source.text];
  const children: SerializedNode[] = [];
  const paragraphs: string[] = [];
  let list: SerializedNode | null = null;
  source.blocks.forEach((block, index) => {
    const content = points.slice(block.start, block.end).join('');
    paragraphs.push(content);
    if (block.kind === 'list-item') {
      if (!list) {
        list = element('list', [], { listType: 'bullet', start: 1, tag: 'ul' });
        children.push(list);
      }
      (list.children as SerializedNode[]).push(element('listitem', inline(content, index), { value: (list.children as SerializedNode[]).length + 1 }));
      return;
    }
    list = null;
    if (block.kind === 'heading') children.push(element('heading', inline(content, index), { tag: 'h2' }));
    else if (block.kind === 'blockquote') children.push(element('quote', inline(content, index)));
    else children.push(element('paragraph', inline(content, index), { textFormat: 0, textStyle: '' }));
  });
  return {
    content: { root: element('root', children) as NoteContent['root'] },
    plainText: paragraphs.join('\n\n'),
    paragraphs,
    wordCount: source.wordCount,
  };
}
