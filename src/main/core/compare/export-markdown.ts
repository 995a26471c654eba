import { escapeMarkdown } from '../export/markdown';
import { isLinkable } from '../export/links';
import type { ComparisonTable, TableCell, TableRow } from './comparison-table';

/** Inside a table cell a line break would end the row: words run on one line, parts split by <br>. */
const oneLine = (value: string) => escapeMarkdown(value.replace(/\s*\n\s*/g, ' '));
const linkTarget = (url: string) => url.replace(/[()<> ]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);

function cellMarkdown(cell: TableCell | null): string {
  if (!cell) return ' ';
  const title = oneLine(cell.citation.title);
  const linked = cell.citation.url && isLinkable(cell.citation.url) ? `[${title}](${linkTarget(cell.citation.url)})` : title;
  const parts = [`“${oneLine(cell.text)}”`, cell.attribution ? `*${oneLine(cell.attribution)}*` : '', `${linked}${cell.citationDetails ? `, ${oneLine(cell.citationDetails)}` : ''}`];
  return parts.filter(Boolean).join('<br>');
}

const rowMarkdown = (row: TableRow) => `| ${[...row.cells.map(cellMarkdown), row.reason ? oneLine(row.reason) : ' '].join(' | ')} |`;

/** The table as a GitHub-flavoured Markdown table; the unpaired statements follow in a table of their own. */
export function comparisonMarkdown(table: ComparisonTable): string {
  const header = (last: string) => [`| ${[...table.headings.map(oneLine), last].join(' | ')} |`, `|${' --- |'.repeat(table.headings.length + 1)}`];
  const lines = [`# ${oneLine(table.title)}`, '', ...header('Why paired'), ...table.rows.map(rowMarkdown)];
  if (table.unpaired.length > 0) lines.push('', '## Not paired', '', ...header(' '), ...table.unpaired.map(rowMarkdown));
  return `${lines.join('\n')}\n`;
}
