import type { Block, DocumentModel, Run } from '../export/document';
import { text } from '../export/document';
import type { ComparisonTable, TableCell } from './comparison-table';

/**
 * The comparison as the shared document model, for the DOCX writer: side by side, as in the
 * view, one table of the aligned rows (a first column says why each row was paired) and one
 * of the statements no row paired, each under its column's name; every statement with its
 * attribution and its source cited (title linked when the source has an address).
 */
export function comparisonDocument(table: ComparisonTable, created = new Date()): DocumentModel {
  const blocks: Block[] = [{ kind: 'title', runs: [text(table.title)] }];
  blocks.push({ kind: 'paragraph', runs: [text('Columns: ', { bold: true }), text(table.headings.join(' · '))] });
  if (table.rows.length > 0) {
    blocks.push({
      kind: 'table',
      header: [[text('Paired because')], ...table.headings.map((heading) => [text(heading)])],
      rows: table.rows.map((row) => [[[text(row.reason, { italic: true })]], ...row.cells.map(cellParagraphs)]),
    });
  }
  if (table.unpaired.length > 0) {
    blocks.push({ kind: 'heading', level: 1, runs: [text('Not paired')] });
    blocks.push({ kind: 'table', header: table.headings.map((heading) => [text(heading)]), rows: table.unpaired.map((row) => row.cells.map(cellParagraphs)) });
  }
  return { title: table.title, created, blocks };
}

function cellParagraphs(cell: TableCell | null): Run[][] {
  if (!cell) return [];
  const citation: Run[] = [text(cell.citation.title, cell.citation.url ? { link: cell.citation.url } : {}), text(cell.citationDetails ? `, ${cell.citationDetails}` : '')];
  return [[text(`“${cell.text}”`)], ...(cell.attribution ? [[text(cell.attribution, { italic: true })]] : []), citation];
}
