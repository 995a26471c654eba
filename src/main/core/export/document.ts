/**
 * A plain document (a memo, a report) described once and written as DOCX, HTML (for PDF) and
 * Markdown, so the three say the same thing in the same order. Text is plain: each writer
 * escapes it for its own format; a line break inside a run is a line break in the output.
 */
export interface Run {
  text: string;
  bold?: boolean;
  italic?: boolean;
  /** Hashes and offsets: set in a fixed-width face, so a reader can compare them character by character. */
  mono?: boolean;
  /** Linked only when it is a web or mail address. */
  link?: string;
}

export type TextBlock =
  | { kind: 'title'; runs: Run[] }
  | { kind: 'heading'; level: 1 | 2; runs: Run[] }
  | { kind: 'paragraph'; runs: Run[] }
  | { kind: 'quote'; runs: Run[] }
  | { kind: 'item'; runs: Run[] };

/**
 * A table: a header row of column names, then rows of cells, each cell a list of paragraphs
 * (an empty list is an empty cell). Side-by-side comparisons are written as one.
 */
export interface TableBlock {
  kind: 'table';
  header: Run[][];
  rows: Run[][][][];
}

export type Block = TextBlock | TableBlock;

export interface DocumentModel {
  title: string;
  created: Date;
  blocks: Block[];
}

export const text = (value: string, style: Omit<Run, 'text'> = {}): Run => ({ text: value, ...style });

/** The words of a block, as a reader sees them (for tests and plain-text fallbacks). */
export function plainText(runs: readonly Run[]): string {
  return runs.map((run) => run.text).join('');
}

/** The words of any block: a table's header and cells in reading order. */
export function blockText(block: Block): string {
  if (block.kind !== 'table') return plainText(block.runs);
  return [...block.header, ...block.rows.flat(2)].map(plainText).join(' ');
}
