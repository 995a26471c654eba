import type { BuiltComparison, Citation, StatementView } from '../../../shared/domain/comparison';
import { dateInWords } from '../analysis/suggestions/describe';

/** One statement in a cell of the exported table: its words, who said it when and where, and its citation. */
export interface TableCell {
  text: string;
  /** "Dana Okafor, 16 September 2020, press conference" (what is known of it). */
  attribution: string;
  citation: Citation;
  /** "The Ledger, 17 September 2020": outlet and date of the source. */
  citationDetails: string;
}

export interface TableRow {
  cells: (TableCell | null)[];
  /** Why the row's statements are together; empty for the unpaired ones. */
  reason: string;
}

/** A comparison as a side-by-side table, written the same way in every export format. */
export interface ComparisonTable {
  title: string;
  headings: string[];
  rows: TableRow[];
  /** The statements no row paired, laid out column by column under the rows. */
  unpaired: TableRow[];
}

export function comparisonTable(name: string, built: BuiltComparison): ComparisonTable {
  const byId = new Map(built.statements.map((statement) => [statement.id, statement]));
  const cell = (id: number | null) => (id === null ? null : toCell(byId.get(id)!));
  const height = Math.max(0, ...built.unmatched.map((column) => column.length));
  return {
    title: name,
    headings: built.columns.map((column) => column.label),
    rows: built.rows.map((row) => ({ cells: row.cells.map(cell), reason: row.reasonText })),
    unpaired: Array.from({ length: height }, (_, index) => ({ cells: built.unmatched.map((column) => cell(column[index] ?? null)), reason: '' })),
  };
}

function toCell(statement: StatementView): TableCell {
  const said = statement.date ? `${statement.dateFromSource ? 'published ' : ''}${dateInWords(statement.date)}` : '';
  const attribution = [statement.speaker?.name ?? '', said, statement.channel, statement.kind === 'claim' ? 'claim' : ''].filter(Boolean).join(', ');
  const citation = statement.source;
  const citationDetails = [citation.outlet ?? '', citation.publishedDate ? dateInWords(citation.publishedDate) : ''].filter(Boolean).join(', ');
  return { text: statement.text, attribution, citation, citationDetails };
}
