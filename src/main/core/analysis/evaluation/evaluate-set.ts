import fs from 'node:fs';
import path from 'node:path';
import { parseMarkdown } from '../../sources/import/text/parse-markdown';
import { analyzeText } from '../analyze-text';
import { goldSchema, STAND_IN_IMPORT_DATE } from './gold';
import { addTallies, emptyTally, scoreDates, scoreDateSpotting, scoreEntities, scoreMoney, scoreQuotes, type Tally } from './score';

export const KINDS = ['people', 'organisations', 'places', 'money', 'dates (found)', 'dates (resolved)', 'quotes (with speaker)'] as const;
export type Kind = (typeof KINDS)[number];

export interface ArticleResult {
  file: string;
  words: number;
  milliseconds: number;
  tallies: Record<Kind, Tally>;
}

/** Each article (Markdown) in `dir` with its `.gold.json`, read as an import reads it, analyzed and scored. */
export function evaluateSet(dir: string): ArticleResult[] {
  const articles = fs
    .readdirSync(dir)
    .filter((file) => file.endsWith('.md') && fs.existsSync(path.join(dir, file.replace(/\.md$/, '.gold.json'))))
    .sort();
  if (articles.length === 0) throw new Error(`No articles with gold labels in ${dir} (NAME.md beside NAME.gold.json).`);
  return articles.map((file) => evaluateArticle(dir, file));
}

function evaluateArticle(dir: string, file: string): ArticleResult {
  const parsed = parseMarkdown(fs.readFileSync(path.join(dir, file)), { fileName: file });
  const goldFile = path.join(dir, file.replace(/\.md$/, '.gold.json'));
  const gold = goldSchema.safeParse(JSON.parse(fs.readFileSync(goldFile, 'utf8')));
  if (!gold.success) throw new Error(`${goldFile}: ${gold.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ')}`);
  const { text } = parsed;
  const published = parsed.metadata.publishedDate ?? null;
  const reference = published ? { date: published, basis: 'published' as const } : { date: STAND_IN_IMPORT_DATE, basis: 'imported' as const };
  const started = performance.now();
  const analysis = analyzeText(text, reference, undefined, parsed.metadata.authors ?? []);
  const milliseconds = performance.now() - started;
  const labels = gold.data;
  const tallies: Record<Kind, Tally> = {
    people: scoreEntities('person', analysis.entities, labels.people),
    organisations: scoreEntities('organisation', analysis.entities, labels.organisations),
    places: scoreEntities('place', analysis.entities, labels.places),
    money: scoreMoney(text, analysis.money, labels.money),
    'dates (found)': scoreDateSpotting(text, analysis.dates, labels.dates),
    'dates (resolved)': scoreDates(text, analysis.dates, labels.dates),
    'quotes (with speaker)': scoreQuotes(text, analysis.quotes, analysis.entities, labels),
  };
  for (const tally of Object.values(tallies)) tally.misses = tally.misses.map((miss) => `${file}: ${miss}`);
  return { file, words: text.split(/\s+/).filter(Boolean).length, milliseconds, tallies };
}

export function totals(results: readonly ArticleResult[]): Record<Kind, Tally> {
  return Object.fromEntries(KINDS.map((kind) => [kind, results.reduce((sum, result) => addTallies(sum, result.tallies[kind]), emptyTally())])) as Record<Kind, Tally>;
}

export function rates(tally: Tally): { precision: number; recall: number; f1: number } {
  const precision = tally.predicted === 0 ? 1 : tally.correctPredicted / tally.predicted;
  const recall = tally.gold === 0 ? 1 : tally.correctGold / tally.gold;
  return { precision, recall, f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall) };
}
