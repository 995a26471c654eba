import { alignColumns } from '../src/main/core/compare/align';
import { highlightRow } from '../src/main/core/compare/highlight';
import type { Statement } from '../src/main/core/compare/statement';
import { terms } from '../src/main/core/compare/tokenize';
import { figure, measure, type BenchGroup } from './harness';

const COLUMNS = 4;
const QUOTES_PER_COLUMN = 500;

// Forty topics a long investigation might hold, each with the words its quotes use.
const TOPIC_WORDS = Array.from({ length: 40 }, (_, topic) => Array.from({ length: 8 }, (__, word) => `topic${topic}word${word}`));
const COMMON = 'we our the contract company board ministry government people year decision question plan report money team work time important clear'.split(' ');
const FILLER = 'and the of to in that it was for on is with as at by this be are from have not'.split(' ');

/**
 * Four speakers' quotes, 500 each, over ten years: each quote is about one of forty topics (three
 * to five of its words), padded with words every quote uses and with stop words, one in ten
 * tagged with its topic, some with an amount or a year. Seeded, so every run aligns the same text.
 */
function generateColumns(columns = COLUMNS, perColumn = QUOTES_PER_COLUMN): Statement[][] {
  let state = 20260312;
  const next = (below: number) => (state = (state * 48271) % 2147483647) % below;
  let id = 1;
  return Array.from({ length: columns }, (_, column) =>
    Array.from({ length: perColumn }, () => {
      const topic = next(TOPIC_WORDS.length);
      const words: string[] = [];
      for (let index = 3 + next(3); index > 0; index--) words.push(TOPIC_WORDS[topic]![next(8)]!);
      for (let index = 6 + next(6); index > 0; index--) words.push(COMMON[next(COMMON.length)]!);
      for (let index = 8 + next(8); index > 0; index--) words.splice(next(words.length + 1), 0, FILLER[next(FILLER.length)]!);
      if (next(4) === 0) words.push(`$${1 + next(900)},000`);
      if (next(4) === 0) words.push(String(2016 + next(10)));
      const date = `${2016 + next(10)}-${String(1 + next(12)).padStart(2, '0')}-${String(1 + next(28)).padStart(2, '0')}`;
      return { id: id++, text: `${words.join(' ')}.`, date, speakerId: column + 1, sourceId: 1 + next(50), tags: next(10) === 0 ? [`tag:topic${topic}`] : [] };
    }),
  );
}

/**
 * Aligning four columns of 500 quotes (tags, TF-IDF over the 2,000 quotes, greedy pairing),
 * and highlighting every row it makes. Floor: tokenizing the same 2,000 quotes once, the least
 * any alignment by their words must do.
 */
export const compareBench: BenchGroup = {
  name: 'compare',
  description: 'align 4 columns of 500 quotes each (tags, then TF-IDF similarity), and highlight the rows',
  async run() {
    const columns = generateColumns();
    const tokenizeAll = () => void columns.forEach((column) => column.forEach((statement) => terms(statement.text)));
    const floor = await measure(tokenizeAll, 9);
    const value = await measure(() => void alignColumns({ columns }), 9);

    const alignment = alignColumns({ columns });
    const byId = new Map(columns.flat().map((statement) => [statement.id, statement]));
    const highlightAll = () => void alignment.rows.forEach((row) => highlightRow(row.cells.flatMap((id) => (id === null ? [] : [byId.get(id)!]))));
    const highlighted = await measure(highlightAll, 5);
    const paired = alignment.rows.reduce((sum, row) => sum + row.cells.filter((cell) => cell !== null).length, 0);
    process.stderr.write(`  ${alignment.rows.length} rows holding ${paired} of ${COLUMNS * QUOTES_PER_COLUMN} quotes\n`);
    return [
      figure({ name: 'align 4 columns × 500 quotes', value, floor, floorName: 'tokenize the 2,000 quotes once', target: 500 }),
      figure({ name: `highlight the ${alignment.rows.length} aligned rows`, value: highlighted, floor, floorName: 'tokenize the 2,000 quotes once', target: null }),
    ];
  },
};
