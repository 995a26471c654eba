import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { serverHost } from '../src/main/core/app/host';
import { createServices } from '../src/main/core/create-services';
import { closeInvestigationDatabase, openInvestigationDatabase } from '../src/main/core/db';
import { insertSource } from '../src/main/core/sources';
import { structureMarkdown } from '../src/main/core/sources/import/text/markdown-structure';
import { EventBus } from '../src/main/rpc/event-bus';
import type { TextBlock } from '../src/shared/domain/source';
import type { CallContext } from '../src/main/rpc/handlers';
import { figure, measure, type BenchGroup } from './harness';

const WORKER_SCRIPT = path.join(__dirname, '..', 'out', 'main', 'import-worker.js');
const VOCABULARY = (
  'the agency contract border software company employees letter decision board records chief executive ' +
  'surveillance families protest statement spokesperson million dollars years signed review report officials ' +
  'Halden Systems Okafor Fontaine Ledger federal procurement program data analysis renewal agreement'
).split(' ');

/** Deterministic prose: `words` words in sentences and paragraphs, different for every `seed`. */
function prose(words: number, seed: number): string[] {
  const paragraphs: string[] = [];
  let state = seed * 7919 + 1;
  const next = () => (state = (state * 48271) % 2147483647);
  let written = 0;
  while (written < words) {
    const sentences: string[] = [];
    for (let s = 0; s < 4 && written < words; s++) {
      const length = 12 + (next() % 14);
      const sentence = Array.from({ length }, () => VOCABULARY[next() % VOCABULARY.length]!).join(' ');
      sentences.push(sentence[0]!.toUpperCase() + sentence.slice(1) + '.');
      written += length;
    }
    paragraphs.push(sentences.join(' '));
  }
  return paragraphs;
}

function articleHtml(seed: number): string {
  const paragraphs = prose(5000, seed);
  const body = paragraphs
    .map((paragraph, index) => (index % 12 === 11 ? `<h2>Section ${index / 12}</h2>` : '') + `<p>${paragraph}</p>`)
    .join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Long read ${seed} | The Ledger</title>
<meta property="og:site_name" content="The Ledger"><meta property="article:published_time" content="2020-09-16T10:00:00Z">
<script type="application/ld+json">{"@type":"NewsArticle","headline":"Long read ${seed}","author":{"name":"Mireille Fontaine"}}</script>
</head><body><nav><a href="/">Home</a><a href="/world">World</a></nav><header><p class="byline">By Mireille Fontaine</p></header>
<article><h1>Long read ${seed}</h1>${body}</article><aside><a href="/x">Related</a></aside><footer>© The Ledger</footer></body></html>`;
}

function longText(seed: number): string {
  return prose(150_000, seed).join('\n\n');
}

const context: CallContext = { emit: () => {} };

/**
 * Importing through the app's real path: the upload (sources.stage), then sources.import,
 * which hashes, checks for a duplicate, reads the document in the import worker and stores it
 * with its audit entry. Floor: storing text of the same length, already structured, directly
 * with insertSource (hash, word count, insert) in a file of the same kind: all that is left
 * when nothing has to be read.
 */
export const importBench: BenchGroup = {
  name: 'import',
  description: 'import a 5,000-word HTML article and a 150,000-word text through the import worker',
  async run() {
    if (!fs.existsSync(WORKER_SCRIPT)) throw new Error(`Build first: ${WORKER_SCRIPT} is missing (npm run bench builds it).`);
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'sourcebook-bench-import-'));
    const services = createServices({
      dataDir: root,
      resourcesDir: path.join(__dirname, '..', 'resources'),
      appVersion: '0.1.0-bench',
      host: serverHost,
      bus: new EventBus(),
      importWorker: { script: WORKER_SCRIPT },
      // The import alone: the analysis that follows it in the app has its own benchmark.
      analyzeImports: false,
    });
    try {
      await services.openAtStartup(path.join(root, 'Bench.sourcebook'));
      const handlers = services.handlers;
      let seed = 0;
      const importOne = async (name: string, bytes: Buffer) => {
        const { stagedId } = await handlers['sources.stage']({ name, data: bytes.toString('base64') }, context);
        const { results } = await handlers['sources.import']({ items: [{ kind: 'staged', stagedId }] }, context);
        if (results[0]!.status !== 'imported') throw new Error(`Bench import failed: ${JSON.stringify(results[0])}`);
      };
      // The floor writes to a file of its own: the services hold theirs exclusively.
      const floorDb = (await openInvestigationDatabase(path.join(root, 'Floor.sourcebook'), { mode: 'create' })).db;
      const storeOnly = (structured: { text: string; blocks: TextBlock[] }, mimeType: string) => {
        const original = Buffer.from(`${structured.text} ${++seed}`);
        insertSource(floorDb, { title: 'floor', mimeType, original, canonicalText: structured.text, structure: structured.blocks });
      };
      // Inputs are made before timing starts; each differs, so none is a duplicate.
      const inputs = (count: number, make: (seed: number) => string) => Array.from({ length: count }, () => Buffer.from(make(++seed)));

      const articleText = structureMarkdown(prose(5000, 0).join('\n\n'));
      const articles = inputs(8, articleHtml);
      const articleKb = articles[0]!.length / 1024;
      const articleFloor = await measure(() => storeOnly(articleText, 'text/html'), 7);
      const articleValue = await measure(() => importOne('article.html', articles.pop()!), 7);
      process.stderr.write(`  article: ${articleKb.toFixed(0)} KB of HTML\n`);

      const text = structureMarkdown(longText(0));
      const texts = inputs(4, longText);
      const longFloor = await measure(() => storeOnly(text, 'text/plain'), 3);
      const longValue = await measure(() => importOne('report.txt', texts.pop()!), 3);
      process.stderr.write(`  long text: ${(Buffer.byteLength(text.text) / 1024 / 1024).toFixed(1)} MB\n`);
      closeInvestigationDatabase(floorDb);

      return [
        figure({ name: 'import 5,000-word HTML article', value: articleValue, floor: articleFloor, floorName: 'store it without reading', target: 300 }),
        figure({ name: 'import 150,000-word text', value: longValue, floor: longFloor, floorName: 'store it without reading', target: null }),
      ];
    } finally {
      await services.closeWithin(5000);
      fs.rmSync(root, { recursive: true, force: true });
    }
  },
};
