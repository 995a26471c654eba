import type { BuiltComparison, StatementHighlightsView, StatementView } from '../../../../../shared/domain/comparison';
import { formatPartialDate } from '../../../ui/format-date';
import { quotedWords } from './citation';

/** Rows a note shows before sending the reader to the Compare view for the rest. */
export const ROWS_SHOWN = 8;

/** A statement's words, in runs: the figures that differ from the row's other statements marked. */
export interface TextRun {
  text: string;
  differs: boolean;
}

export interface TableCell {
  id: number;
  /** A quote is shown in quotation marks; a claim is not. */
  kind: 'quote' | 'claim';
  runs: TextRun[];
  /** "12 Mar 2026", "Mar 2026 (published)" when only the source's date is known, or "Undated". */
  date: string;
  source: string;
}

export interface TableRow {
  /** Why the statements were paired ("tag “Pilot” shared", "pinned by hand"); null for unpaired ones. */
  reason: string | null;
  cells: (TableCell | null)[];
}

export interface ComparisonTable {
  headings: string[];
  /** Per column, why it lists nothing when something it named was removed. */
  problems: (string | null)[];
  paired: TableRow[];
  /** Statements without a counterpart, each column's listed top down, side by side. */
  unpaired: TableRow[];
  /** Rows left for the Compare view. */
  hiddenRows: number;
  /** How many rows pair statements, and how many statements stayed unpaired, shown or not. */
  pairedCount: number;
  unpairedCount: number;
}

/** A built comparison as a note's compact table: paired rows first, then what stayed unpaired, at most `limit` rows in all. */
export function comparisonTable(built: BuiltComparison, limit = ROWS_SHOWN): ComparisonTable {
  const byId = new Map(built.statements.map((statement) => [statement.id, statement]));
  const cell = (id: number | null, highlights: StatementHighlightsView | null = null): TableCell | null => {
    const statement = id === null ? undefined : byId.get(id);
    return statement ? tableCell(statement, highlights) : null;
  };

  const paired = built.rows.map((row) => ({ reason: row.reasonText, cells: row.cells.map((id, column) => cell(id, row.highlights[column] ?? null)) }));
  const depth = Math.max(0, ...built.unmatched.map((ids) => ids.length));
  const unpaired = Array.from({ length: depth }, (_, index) => ({
    reason: null,
    cells: built.columns.map((_column, column) => cell(built.unmatched[column]?.[index] ?? null)),
  }));

  const shownPaired = paired.slice(0, limit);
  const shownUnpaired = unpaired.slice(0, Math.max(0, limit - shownPaired.length));
  return {
    headings: built.columns.map((column) => column.label),
    problems: built.columns.map((column) => column.problem),
    paired: shownPaired,
    unpaired: shownUnpaired,
    hiddenRows: paired.length + unpaired.length - shownPaired.length - shownUnpaired.length,
    pairedCount: paired.length,
    unpairedCount: built.unmatched.reduce((sum, ids) => sum + ids.length, 0),
  };
}

function tableCell(statement: StatementView, highlights: StatementHighlightsView | null): TableCell {
  const date = statement.date ? formatPartialDate(statement.date, 'short') : null;
  return {
    id: statement.id,
    kind: statement.kind,
    runs: textRuns(statement.text, highlights),
    date: date === null ? 'Undated' : statement.dateFromSource ? `${date} (published)` : date,
    source: statement.source.title,
  };
}

/**
 * The statement's words with the figures that differ across the row marked; offsets count code
 * points, as the highlights give them. The quotation marks around a quote are dropped, as on a
 * quote card: the table's cells are all statements.
 */
export function textRuns(text: string, highlights: StatementHighlightsView | null): TextRun[] {
  const words = quotedWords(text);
  const offset = Array.from(text.slice(0, Math.max(0, text.indexOf(words)))).length;
  const points = Array.from(words);
  const marks = (highlights?.figures ?? [])
    .filter((figure) => figure.status === 'differs')
    .map((figure) => ({ start: Math.max(0, figure.start - offset), end: Math.min(points.length, figure.end - offset) }))
    .filter((figure) => figure.start < figure.end)
    .sort((a, b) => a.start - b.start);
  const runs: TextRun[] = [];
  let at = 0;
  for (const mark of marks) {
    if (mark.start < at) continue;
    if (mark.start > at) runs.push({ text: points.slice(at, mark.start).join(''), differs: false });
    runs.push({ text: points.slice(mark.start, mark.end).join(''), differs: true });
    at = mark.end;
  }
  if (at < points.length) runs.push({ text: points.slice(at).join(''), differs: false });
  return runs;
}
