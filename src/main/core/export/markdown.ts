import type { Block, DocumentModel, Run, TableBlock } from './document';
import { isLinkable } from './links';

/**
 * The document model as CommonMark. Text is escaped so that words from sources never become
 * Markdown (or HTML) of their own: a claim that reads "# 1 rule" or "<script>" stays text.
 */
export function escapeMarkdown(value: string): string {
  return value
    .replace(/[\\`*_{}[\]()<>#+!|~]/g, '\\$&')
    // A line that starts like a list item, a numbered item or a rule would become one.
    .replace(/^(\s*)(-|=|\d+(?=[.)]))/gm, (_, space: string, mark: string) => `${space}\\${mark}`);
}

function runMarkdown(run: Run): string {
  // Emphasis must hug its words ("**Notes:** x", not "**Notes: **x", which CommonMark leaves as
  // asterisks), so spaces at either end stay outside the markers.
  const [, before = '', core = '', after = ''] = /^(\s*)([\s\S]*?)(\s*)$/.exec(run.text) ?? [];
  if (core === '') return run.text;
  let md = run.mono ? codeSpan(core) : escapeMarkdown(core);
  if (run.italic && !run.mono) md = `*${md}*`;
  if (run.bold) md = `**${md}**`;
  if (run.link && isLinkable(run.link)) md = `[${md}](<${run.link.replace(/[<>\s]/g, encodeURIComponent)}>)`;
  return `${before}${md}${after}`;
}

/** A code span long enough to hold any backticks in the text. */
function codeSpan(value: string): string {
  const longest = Math.max(0, ...(value.match(/`+/g) ?? []).map((ticks) => ticks.length));
  const fence = '`'.repeat(longest + 1);
  const pad = value.startsWith('`') || value.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${value}${pad}${fence}`;
}

function inline(runs: readonly Run[], continuation: string): string {
  // A hard line break (backslash at the end of the line) keeps the lines of one paragraph.
  return runs.map(runMarkdown).join('').replace(/\n/g, `\\\n${continuation}`);
}

/** A GFM table: a cell's paragraphs are joined by <br>, and a | inside is escaped. */
function tableMarkdown(table: TableBlock): string {
  const cell = (paragraphs: Run[][]) => paragraphs.map((runs) => inline(runs, '').replace(/\\\n/g, ' ').replace(/\|/g, '\\|')).join('<br>');
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [line(table.header.map((runs) => cell([runs]))), line(table.header.map(() => '---')), ...table.rows.map((row) => line(row.map(cell)))].join('\n');
}

function blockMarkdown(block: Block): string {
  if (block.kind === 'table') return tableMarkdown(block);
  switch (block.kind) {
    case 'title':
      return `# ${inline(block.runs, '')}`;
    case 'heading':
      return `${'#'.repeat(block.level + 1)} ${inline(block.runs, '')}`;
    case 'quote':
      return `> ${inline(block.runs, '> ')}`;
    case 'item':
      return `- ${inline(block.runs, '  ')}`;
    default:
      return inline(block.runs, '');
  }
}

export function writeMarkdown(document: DocumentModel): string {
  const parts: string[] = [];
  document.blocks.forEach((block, index) => {
    const previous = document.blocks[index - 1];
    // Items of one list sit on consecutive lines; everything else is its own paragraph.
    const separator = index === 0 ? '' : block.kind === 'item' && previous?.kind === 'item' ? '\n' : '\n\n';
    parts.push(separator + blockMarkdown(block));
  });
  return `${parts.join('')}\n`;
}
