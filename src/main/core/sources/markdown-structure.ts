import type { TextBlock } from '../../../shared/domain/source';
import { codePointLength } from './text-measures';

export interface StructuredText {
  /** The canonical text: the blocks' text, separated by blank lines, without markdown markers. */
  text: string;
  /** Where each block lies in `text`, in code points. */
  blocks: TextBlock[];
}

type BlockKind = TextBlock['kind'];
interface PendingBlock {
  kind: BlockKind;
  level?: number;
  lines: string[];
}

const HEADING = /^(#{1,6})[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/;
const QUOTE = /^[ \t]{0,3}>[ \t]?(.*)$/;
const LIST_ITEM = /^[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+(.*)$/;

/**
 * Block structure of simple Markdown: ATX headings, paragraphs, block quotes and list items.
 * Inline markup (emphasis, links) is kept as written; this is enough for plain-text sources and
 * the bundled sample, not a full CommonMark parser.
 */
export function structureMarkdown(markdown: string): StructuredText {
  const lines = markdown.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').split('\n');
  const finished: PendingBlock[] = [];
  let current: PendingBlock | null = null;

  const flush = () => {
    if (current && current.lines.length > 0) finished.push(current);
    current = null;
  };
  const continueOrStart = (kind: BlockKind, line: string) => {
    if (current?.kind !== kind) {
      flush();
      current = { kind, lines: [] };
    }
    current.lines.push(line);
  };

  for (const line of lines) {
    const heading = HEADING.exec(line);
    const quote = QUOTE.exec(line);
    const listItem = LIST_ITEM.exec(line);
    if (line.trim() === '') {
      flush();
    } else if (heading) {
      flush();
      finished.push({ kind: 'heading', level: heading[1]!.length, lines: [heading[2]!] });
    } else if (quote) {
      // A bare ">" separates two paragraphs of one quotation: each becomes its own block.
      if (quote[1]!.trim() === '') flush();
      else continueOrStart('blockquote', quote[1]!);
    } else if (listItem) {
      flush();
      current = { kind: 'list-item', lines: [listItem[1]!] };
    } else {
      // A line without a marker continues the block it follows (Markdown's "lazy" lines).
      if (current) (current as PendingBlock).lines.push(line);
      else continueOrStart('paragraph', line);
    }
  }
  flush();

  let text = '';
  let offset = 0;
  const blocks: TextBlock[] = [];
  for (const block of finished) {
    const content = block.lines.map((l) => l.trim()).join(' ');
    if (content === '') continue;
    if (text !== '') {
      text += '\n\n';
      offset += 2;
    }
    const length = codePointLength(content);
    blocks.push({ kind: block.kind, start: offset, end: offset + length, ...(block.level ? { level: block.level } : {}) });
    text += content;
    offset += length;
  }
  return { text, blocks };
}
