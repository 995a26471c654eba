import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { AppEvent } from '../src/shared/contract';
import { serverHost } from '../src/main/core/app/host';
import { createServices } from '../src/main/core/create-services';
import { parseMarkdown } from '../src/main/core/sources/import/text/parse-markdown';
import { EventBus } from '../src/main/rpc/event-bus';
import type { CallContext } from '../src/main/rpc/handlers';
import { figure, measure, type BenchGroup } from './harness';

const WORKER_SCRIPT = path.join(__dirname, '..', 'out', 'main', 'analysis-worker.js');
const ARTICLES = path.join(__dirname, '..', 'eval', 'set');

/** News prose of about `words` words: the evaluation set's articles, in turn, as often as needed. */
function newsProse(words: number): string {
  const articles = fs
    .readdirSync(ARTICLES)
    .filter((file) => file.endsWith('.md'))
    .sort()
    .map((file) => parseMarkdown(fs.readFileSync(path.join(ARTICLES, file))).text);
  const parts: string[] = [];
  let count = 0;
  for (let index = 0; count < words; index++) {
    const article = articles[index % articles.length]!;
    parts.push(article);
    count += article.split(/\s+/).length;
  }
  return parts.join('\n\n').split(/(\s+)/).slice(0, words * 2).join('');
}

/**
 * The offline analysis through the app's real path: `analysis.run` on a stored source, in the
 * analysis worker, with its suggestions stored. Floor: reading every word of the same text
 * once (one regular-expression pass), the least any analysis must do.
 */
export const analysisBench: BenchGroup = {
  name: 'analysis',
  description: 'analyze a 5,000-word and a 150,000-word source (names, amounts, dates, quotes) in the analysis worker',
  async run() {
    if (!fs.existsSync(WORKER_SCRIPT)) throw new Error(`Build first: ${WORKER_SCRIPT} is missing (npm run bench builds it).`);
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'sourcebook-bench-analysis-'));
    const events: AppEvent[] = [];
    const bus = new EventBus();
    bus.subscribe((event) => events.push(event));
    const services = createServices({ dataDir: root, resourcesDir: path.join(__dirname, '..', 'resources'), appVersion: '0.1.0-bench', host: serverHost, bus, analysisWorker: { script: WORKER_SCRIPT } });
    const context: CallContext = { emit: () => {} };
    try {
      await services.openAtStartup(path.join(root, 'Bench.sourcebook'));
      const handlers = services.handlers;
      // Imported as a paste; the analysis the import starts is waited out by the first, unmeasured run.
      const store = async (text: string) => {
        const { results } = await handlers['sources.import']({ items: [{ kind: 'paste', text }] }, context);
        if (results[0]!.status !== 'imported') throw new Error(`Bench import failed: ${JSON.stringify(results[0])}`);
        return results[0]!.sourceId!;
      };
      const analyze = (sourceId: number) => async () => void (await handlers['analysis.run']({ sourceIds: [sourceId] }, context));
      const readWords = (text: string) => () => void text.match(/[\p{L}\p{N}’']+/gu);

      const article = newsProse(5000);
      const report = newsProse(150_000);
      const articleId = await store(article);
      const reportId = await store(report);
      const articleFloor = await measure(readWords(article), 7);
      const articleValue = await measure(analyze(articleId), 7);
      const reportFloor = await measure(readWords(report), 3);
      events.length = 0;
      const reportValue = await measure(analyze(reportId), 3);
      const progress = events.filter((event) => event.type === 'task.progress').length / 4;
      const suggested = (await handlers['suggestions.list']({ sourceId: reportId }, context)).suggestions.length;
      process.stderr.write(`  150,000 words: ${suggested.toLocaleString('en')} suggestions, ${progress.toFixed(0)} progress reports per run\n`);
      return [
        figure({ name: 'analyze a 5,000-word article', value: articleValue, floor: articleFloor, floorName: 'read every word once', target: 300 }),
        figure({ name: 'analyze a 150,000-word document', value: reportValue, floor: reportFloor, floorName: 'read every word once', target: 10_000 }),
      ];
    } finally {
      await services.closeWithin(5000);
      fs.rmSync(root, { recursive: true, force: true });
    }
  },
};
