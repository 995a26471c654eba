import type Database from 'better-sqlite3';
import { comparisonSpecSchema, type BuiltComparison, type ComparisonRow, type ComparisonSpecInput, type StatementHighlightsView } from '../../../shared/domain/comparison';
import { indexCodePoints } from '../annotations/anchoring';
import { alignColumns } from './align';
import { readCompareContext } from './compare-context';
import { describePairing } from './describe-pairing';
import { highlightRow, type StatementHighlights } from './highlight';
import { readInvestigationStatements, type LoadedStatement } from './investigation-statements';
import { selectColumn } from './select-column';
import type { AlignedRow, IgnoredPin } from './statement';

const IGNORED_PIN: Record<IgnoredPin['why'], string> = {
  'wrong-number-of-cells': 'This pinned row was made for a different number of columns.',
  'not-in-column': 'A statement of this pinned row is no longer in its column (its speaker, date or source changed, or it was removed).',
  'already-used': 'A statement of this pinned row is already in an earlier pinned row.',
  empty: 'This pinned row holds no statement.',
};

/**
 * A comparison as the view shows it: each column's statements, the aligned rows with the
 * reason for each in words and what to highlight in them, the unpaired statements, and the
 * pins and tags that were set aside, with why.
 */
export function buildComparison(db: Database.Database, input: ComparisonSpecInput): BuiltComparison {
  const spec = comparisonSpecSchema.parse(input);
  const context = readCompareContext(db);
  const investigation = readInvestigationStatements(db, context, spec.includeClaims);
  const columns = spec.columns.map((column) => selectColumn(column, investigation.all, context));
  const alignment = alignColumns({
    columns: columns.map((column) => column.statements.map((loaded) => loaded.statement)),
    pinned: spec.pins,
    termWeights: investigation.termWeights,
  });
  const tagName = (key: string) => investigation.tagNames.get(key) ?? key;
  const listed = new Map<number, LoadedStatement>();
  for (const column of columns) for (const loaded of column.statements) listed.set(loaded.view.id, loaded);

  return {
    statements: [...listed.values()].map((loaded) => loaded.view),
    columns: columns.map((column) => ({ label: column.label, statementIds: column.statements.map((loaded) => loaded.view.id), problem: column.problem })),
    rows: alignment.rows.map((row) => toRow(row, listed, tagName)),
    unmatched: alignment.unmatched,
    ignoredPins: alignment.ignoredPins.map(({ pin, why }) => ({ cells: [...pin.cells], why, explanation: IGNORED_PIN[why] })),
    commonTags: investigation.commonTags.map((tag) => ({ ...tag, name: tagName(tag.key) })),
  };
}

function toRow(row: AlignedRow, listed: ReadonlyMap<number, LoadedStatement>, tagName: (key: string) => string): ComparisonRow {
  const present = row.cells.flatMap((id) => (id === null ? [] : [listed.get(id)!]));
  const highlighted = highlightRow(present.map(({ statement }) => ({ text: statement.text, date: statement.date })));
  let next = 0;
  return {
    cells: [...row.cells],
    pinned: row.pinned,
    reason: row.reason,
    reasonText: describePairing(row.reason, tagName),
    links: row.links.map((link) => ({ column: link.column, pairedWith: link.pairedWith, reasonText: describePairing(link.reason, tagName) })),
    highlights: row.cells.map((id) => (id === null ? null : inCodePoints(present[next]!.statement.text, highlighted[next++]!))),
  };
}

/** highlightRow counts UTF-16 units, as the analysis does; the contract counts code points. */
export function inCodePoints(text: string, highlights: StatementHighlights): StatementHighlightsView {
  const index = indexCodePoints(text);
  const range = (start: number, end: number) => ({ start: index.toCodePoint(start), end: index.toCodePoint(end) });
  return {
    sharedWords: highlights.sharedWords.map((word) => ({ ...range(word.start, word.end), inAll: word.inAll })),
    figures: highlights.figures.map((figure) => ({ ...range(figure.start, figure.end), text: figure.text, kind: figure.value.kind, status: figure.status, normalized: figure.normalized })),
  };
}
