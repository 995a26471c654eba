import { orderCandidates } from './candidate-order';
import { collectCandidates, indexColumn } from './candidate-pairs';
import { Candidates, type Placed } from './candidates';
import { growRows } from './grow-rows';
import { applyPins } from './pins';
import type { AlignedRow, Alignment, AlignmentInput, Statement, StatementId } from './statement';
import { buildTermWeights, vectorize, Vocabulary } from './tf-idf';
import { terms } from './tokenize';

/** Below this, two short quotes share a word or two by chance more often than a topic. */
export const DEFAULT_SIMILARITY_THRESHOLD = 0.25;

/** Undated statements sort after dated ones; partial dates sort as strings ("2020" before "2020-03"). */
export function compareStatements(a: Statement, b: Statement): number {
  if (a.date !== b.date) {
    if (a.date === null) return 1;
    if (b.date === null) return -1;
    return a.date < b.date ? -1 : 1;
  }
  return a.id - b.id;
}

/**
 * Pairs statements on the same topic across 2 to 4 columns, greedily and deterministically:
 * the reporter's pinned rows first, untouched; then pairs sharing tags (more tags first); then
 * pairs whose TF-IDF cosine reaches the threshold (see growRows for how pairs make rows). A
 * statement is used once; ties fall to the earlier statements (date, then id).
 */
export function alignColumns(input: AlignmentInput): Alignment {
  const columnCount = input.columns.length;
  if (columnCount < 2 || columnCount > 4) throw new RangeError(`Compare takes 2 to 4 columns, not ${columnCount}`);
  const threshold = input.threshold ?? DEFAULT_SIMILARITY_THRESHOLD;

  // The same statement may be listed twice in a column; it counts once.
  const columns = input.columns.map((column) => [...new Map(column.map((statement) => [statement.id, statement])).values()].sort(compareStatements));
  const statements = columns.flatMap((column, index) => column.map((statement) => ({ statement, column: index })));
  const termLists = statements.map(({ statement }) => terms(statement.text));
  const weights = input.termWeights ?? buildTermWeights(termLists);
  const rankOf = new Int32Array(statements.length);
  statements
    .map((entry, index) => ({ ...entry, index }))
    .sort((x, y) => compareStatements(x.statement, y.statement) || x.column - y.column)
    .forEach(({ index }, rank) => (rankOf[index] = rank));
  const vocabulary = new Vocabulary();
  const placed: Placed[] = statements.map(({ statement, column }, index) => ({ column, rank: rankOf[index]!, vector: vectorize(termLists[index]!, weights, vocabulary), tags: statement.tags }));

  const { rows, ignoredPins, used } = applyPins(input.pinned ?? [], columns);
  const free = (index: number) => !used.has(statements[index]!.statement.id);
  const members = columns.map((_, column) => statements.flatMap((entry, index) => (entry.column === column && free(index) ? [index] : [])));

  const indexes = members.map((column) => indexColumn(column, placed, vocabulary.size));
  const candidates = new Candidates();
  for (let left = 0; left < columnCount; left++) {
    for (let right = left + 1; right < columnCount; right++) collectCandidates(members[left]!, indexes[right]!, placed, threshold, candidates);
  }

  const order = orderCandidates(candidates, placed);
  rows.push(...growRows(order, candidates, placed, statements.map(({ statement }) => statement), used, columnCount));

  // A statement listed in two columns takes its earlier rank.
  const rankById = new Map<StatementId, number>();
  statements.forEach(({ statement }, index) => rankById.set(statement.id, Math.min(rankById.get(statement.id) ?? Infinity, rankOf[index]!)));
  const firstRank = (row: AlignedRow) => Math.min(...row.cells.map((id) => (id === null ? Infinity : rankById.get(id)!)));
  return {
    rows: rows.sort((x, y) => firstRank(x) - firstRank(y)),
    unmatched: columns.map((column) => column.filter((statement) => !used.has(statement.id)).map((statement) => statement.id)),
    ignoredPins,
  };
}
