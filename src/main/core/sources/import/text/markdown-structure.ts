import type { TextBlock } from '../../../../../shared/domain/source';
import { StructuredTextBuilder } from '../structured-text';
import type { StructuredText } from '../types';
import { stripInlineMarkdown } from './strip-inline-markdown';

type BlockKind = TextBlock['kind'];
interface PendingBlock {
  kind: BlockKind;
  level?: number;
  lines: string[];
  /** Code is kept exactly, line by line, with no inline markup removed. */
  verbatim?: boolean;
}

const ATX_HEADING = /^ {0,3}(#{1,6})[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/;
const SETEXT_UNDERLINE = /^ {0,3}(=+|-+)[ \t]*$/;
const THEMATIC_BREAK = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
const QUOTE = /^[ \t]{0,3}>[ \t]?(.*)$/;
const LIST_ITEM = /^[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+(.*)$/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const TABLE_ROW = /^[ \t]*\|.*\|[ \t]*$/;
const TABLE_DELIMITER = /^[ \t]*\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$/;
const LINK_DEFINITION = /^ {0,3}\[[^\]]+\]:[ \t]*\S+/;
/** Two trailing spaces or a backslash end a line without ending the paragraph. */
const HARD_BREAK = /(?: {2,}|\\)$/;

/**
 * Block structure of everyday Markdown: ATX and setext headings, paragraphs, block quotes, list
 * items, fenced code and pipe tables (a row per block). Inline markup is removed, since the
 * reader shows plain text. Enough for notes and exported articles, not a CommonMark parser.
 */
export function structureMarkdown(markdown: string): StructuredText {
  const lines = markdown.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').split('\n');
  const finished: PendingBlock[] = [];
  let current: PendingBlock | null = null;
  let fence: string | null = null;

  const flush = () => {
    if (current && current.lines.length > 0) finished.push(current);
    current = null;
  };
  const continueOrStart = (kind: BlockKind, line: string) => {
    if (current?.kind !== kind || current.verbatim) {
      flush();
      current = { kind, lines: [] };
    }
    current.lines.push(line);
  };

  for (const line of lines) {
    if (fence !== null) {
      if (line.trim().startsWith(fence) && line.trim().replace(/[`~]/g, '') === '') {
        flush();
        fence = null;
      } else {
        current!.lines.push(line);
      }
      continue;
    }
    const open = FENCE.exec(line);
    const heading = ATX_HEADING.exec(line);
    const quote = QUOTE.exec(line);
    const listItem = LIST_ITEM.exec(line);
    const paragraph = current as PendingBlock | null;
    if (open) {
      flush();
      fence = open[1]!;
      current = { kind: 'paragraph', lines: [], verbatim: true };
    } else if (line.trim() === '') {
      flush();
    } else if (paragraph?.kind === 'paragraph' && !paragraph.verbatim && SETEXT_UNDERLINE.test(line)) {
      // "Title" over "=====" or "-----": the paragraph so far was a heading.
      finished.push({ kind: 'heading', level: line.trim().startsWith('=') ? 1 : 2, lines: paragraph.lines });
      current = null;
    } else if (THEMATIC_BREAK.test(line) || LINK_DEFINITION.test(line)) {
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
    } else if (TABLE_ROW.test(line)) {
      flush();
      if (!TABLE_DELIMITER.test(line)) finished.push({ kind: 'paragraph', lines: [tableRowText(line)] });
    } else if (current) {
      // A line without a marker continues the block it follows (Markdown's "lazy" lines).
      (current as PendingBlock).lines.push(line);
    } else {
      continueOrStart('paragraph', line);
    }
  }
  flush();

  const builder = new StructuredTextBuilder();
  for (const block of finished) builder.add(block.kind, blockText(block), block.level);
  return builder.build();
}

function blockText(block: PendingBlock): string {
  if (block.verbatim) return block.lines.join('\n');
  // Soft-wrapped lines join with a space; hard breaks stay line breaks inside the block.
  const joined = block.lines
    .map((line, index) =>
      index < block.lines.length - 1 && HARD_BREAK.test(line) ? `${line.replace(HARD_BREAK, '').trimEnd()}\n` : `${line.trim()} `,
    )
    .join('');
  return stripInlineMarkdown(joined);
}

function tableRowText(line: string): string {
  return line
    .trim()
    .replace(/^\||\|$/g, '')
    .split(/(?<!\\)\|/)
    .map((cell) => cell.trim())
    .join(' ');
}
