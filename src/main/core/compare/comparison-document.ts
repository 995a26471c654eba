import type { Block, DocumentModel, Run } from '../export/document';
import { text } from '../export/document';
import type { ComparisonTable, TableCell } from './comparison-table';

/**
 * The comparison as the shared document model, for the DOCX writer. The model has no tables
 * yet, so rows are laid out one after another (each row's statements under their column's
 * name) rather than side by side; the words, citations and order are the table's.
 */
export function comparisonDocument(table: ComparisonTable, created = new Date()): DocumentModel {
  const blocks: Block[] = [{ kind: 'title', runs: [text(table.title)] }];
  blocks.push({ kind: 'paragraph', runs: [text('Columns: ', { bold: true }), text(table.headings.join(' · '))] });
  table.rows.forEach((row, index) => {
    blocks.push({ kind: 'heading', level: 2, runs: [text(`Row ${index + 1}`), text(row.reason ? ` — ${row.reason}` : '', { italic: true })] });
    row.cells.forEach((cell, column) => {
      if (cell) blocks.push(...cellBlocks(table.headings[column]!, cell));
    });
  });
  if (table.unpaired.length > 0) {
    blocks.push({ kind: 'heading', level: 1, runs: [text('Not paired')] });
    table.headings.forEach((heading, column) => {
      const cells = table.unpaired.flatMap((row) => (row.cells[column] ? [row.cells[column]!] : []));
      if (cells.length === 0) return;
      blocks.push({ kind: 'heading', level: 2, runs: [text(heading)] });
      for (const cell of cells) blocks.push(...cellBlocks(null, cell));
    });
  }
  return { title: table.title, created, blocks };
}

function cellBlocks(heading: string | null, cell: TableCell): Block[] {
  const citation: Run[] = [text(cell.citation.title, cell.citation.url ? { link: cell.citation.url } : {}), text(cell.citationDetails ? `, ${cell.citationDetails}` : '')];
  return [
    ...(heading ? [{ kind: 'paragraph' as const, runs: [text(heading, { bold: true })] }] : []),
    { kind: 'quote', runs: [text(`“${cell.text}”`)] },
    ...(cell.attribution ? [{ kind: 'paragraph' as const, runs: [text(cell.attribution, { italic: true })] }] : []),
    { kind: 'paragraph', runs: citation },
  ];
}
