/**
 * `npm run eval`: the offline analysis measured on a labelled set of articles (eval/set by
 * default; `--dir DIR` for any folder of NAME.md + NAME.gold.json, as eval/README.md describes).
 * Prints precision, recall and F1 per kind beside the targets; `--json FILE` writes them too;
 * `--misses` lists every label missed and every suggestion that matched none.
 */
import fs from 'node:fs';
import path from 'node:path';
import { evaluateSet, KINDS, rates, totals, type Kind } from '../src/main/core/analysis/evaluation/evaluate-set';

const TARGETS: Partial<Record<Kind, string>> = {
  people: 'F1 ≥ 0.85',
  organisations: 'F1 ≥ 0.85',
  money: 'F1 ≥ 0.95',
  'dates (resolved)': 'correct ≥ 0.90',
  'quotes (with speaker)': 'P ≥ 0.90, R ≥ 0.85',
};

function option(name: string): string | undefined {
  const at = process.argv.indexOf(name);
  return at >= 0 ? process.argv[at + 1] : undefined;
}

const dir = path.resolve(option('--dir') ?? 'eval/set');
const results = evaluateSet(dir);
const summed = totals(results);
const words = results.reduce((sum, result) => sum + result.words, 0);
const milliseconds = results.reduce((sum, result) => sum + result.milliseconds, 0);

const percent = (value: number) => value.toFixed(2);
const rows = KINDS.map((kind) => {
  const tally = summed[kind];
  const { precision, recall, f1 } = rates(tally);
  return [kind, String(tally.gold), String(tally.predicted), percent(precision), percent(recall), percent(f1), TARGETS[kind] ?? ''];
});
const header = ['kind', 'labels', 'suggested', 'precision', 'recall', 'F1', 'target'];
const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column]!.length)));
const line = (cells: string[]) => cells.map((cell, column) => (column === 0 || column === 6 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!))).join('  ');

console.log(`${results.length} articles, ${words.toLocaleString('en')} words, analyzed in ${milliseconds.toFixed(0)} ms (${dir})\n`);
console.log(line(header));
console.log(widths.map((width) => '-'.repeat(width)).join('  '));
for (const row of rows) console.log(line(row));
const unlocated = KINDS.reduce((sum, kind) => sum + summed[kind].unlocated, 0);
if (unlocated > 0) console.log(`\n${unlocated} labels were not found in the imported text; see --misses.`);

if (process.argv.includes('--misses')) {
  console.log('');
  for (const kind of KINDS) for (const miss of summed[kind].misses) console.log(miss);
}

const jsonFile = option('--json');
if (jsonFile) {
  const report = {
    articles: results.length,
    words,
    milliseconds: Math.round(milliseconds),
    kinds: Object.fromEntries(KINDS.map((kind) => [kind, { ...rates(summed[kind]), labels: summed[kind].gold, suggested: summed[kind].predicted }])),
  };
  fs.writeFileSync(jsonFile, `${JSON.stringify(report, null, 2)}\n`);
  console.log(`\nWrote ${jsonFile}`);
}
