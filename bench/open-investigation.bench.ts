import Database from 'better-sqlite3';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { InvestigationSession, createInvestigationHandlers } from '../src/main/core/investigation';
import { createSourceHandlers, insertSource, structureMarkdown, type NewSource } from '../src/main/core/sources';
import { TaskRegistry } from '../src/main/core/tasks';
import { EventBus } from '../src/main/rpc/event-bus';
import type { CallContext } from '../src/main/rpc/handlers';
import { figure, measure, median, type BenchGroup } from './harness';

const SOURCE_COUNT = 300;
const WORDS_PER_SOURCE = 1500;
const APP_VERSION = '0.1.0-bench';

/**
 * Opening an investigation of a realistic size through the app's real path (the
 * `investigation.open` handler: checks before SQLite, the exclusive lock, quick_check, the
 * migrations check, reading the InvestigationInfo; then the close that checkpoints), and listing
 * its sources through the `sources.list` handler. Floors: the same file opened and counted, or
 * its sources selected, with bare better-sqlite3.
 */
export const openInvestigationBench: BenchGroup = {
  name: 'open-investigation',
  description: `open and list an investigation of ${SOURCE_COUNT} sources of ~${WORDS_PER_SOURCE} words`,
  async run() {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'sourcebook-bench-open-'));
    try {
      const filePath = await createInvestigation(root);
      const app = wireApp(root);
      try {
        const sizeMb = fs.statSync(filePath).size / 1024 / 1024;
        process.stderr.write(`  ${path.basename(filePath)}: ${SOURCE_COUNT} sources, ${sizeMb.toFixed(1)} MB\n`);

        // Two interleaved rounds, each side keeping its better median: a burst of other work on a
        // busy 2-core machine then costs one round of one side, not the ratio.
        const openFloors: number[] = [];
        const openValues: number[] = [];
        for (let round = 0; round < 2; round++) {
          openFloors.push(await measure(() => rawOpenAndCount(filePath), 11));
          openValues.push(await measure(() => app.openAndClose(filePath), 11));
        }

        await reportOpenBreakdown(filePath, app);

        await app.open(filePath);
        const db = app.session.requireDb();
        const listFloors: number[] = [];
        const listValues: number[] = [];
        for (let round = 0; round < 2; round++) {
          listFloors.push(await measure(() => void db.prepare('SELECT id, title FROM source').all(), 31, 3));
          listValues.push(await measure(() => void app.listSources(), 31, 3));
        }
        await app.close();

        return [
          figure({
            name: `open investigation (${SOURCE_COUNT} sources)`,
            value: Math.min(...openValues),
            floor: Math.min(...openFloors),
            floorName: 'better-sqlite3 open + count(*) + close',
            target: null,
          }),
          figure({
            name: `list sources (${SOURCE_COUNT})`,
            value: Math.min(...listValues),
            floor: Math.min(...listFloors),
            floorName: 'better-sqlite3 SELECT id, title',
            target: null,
          }),
        ];
      } finally {
        await app.close();
      }
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
  },
};

/**
 * The session and handlers wired as createServices wires them (events checked by the bus).
 * A closed session takes no more work, as when the app quits; each close wires a fresh one.
 */
function wireApp(dataDir: string) {
  const wire = () => {
    const bus = new EventBus();
    const emit = bus.emit.bind(bus);
    const session = new InvestigationSession({ dataDir, resourcesDir: dataDir, appVersion: APP_VERSION, emit });
    const tasks = new TaskRegistry(emit);
    const context: CallContext = { emit };
    return { session, context, investigation: createInvestigationHandlers({ session, tasks }), sources: createSourceHandlers(session, emit) };
  };
  let current = wire();
  const close = async () => {
    await current.session.close();
    current = wire();
  };
  return {
    get session() {
      return current.session;
    },
    open: (filePath: string) => current.investigation['investigation.open']({ path: filePath }, current.context),
    async openAndClose(filePath: string) {
      await current.investigation['investigation.open']({ path: filePath }, current.context);
      await close();
    },
    close,
    listSources: () => current.sources['sources.list'](undefined as never, current.context),
  };
}

function rawOpenAndCount(filePath: string): void {
  const db = new Database(filePath, { fileMustExist: true });
  try {
    db.prepare('SELECT count(*) FROM source').pluck().get();
  } finally {
    db.close();
  }
}

/**
 * Where the open time goes, on stderr (a diagnosis, not a figure). Each run times the real open
 * and close, then on a fresh connection (the app's locking mode and transaction) quick_check
 * alone, and the recent-list update every open makes; shares are medians of per-run ratios, so
 * a burst of other work on the machine skews one run, not the comparison.
 */
async function reportOpenBreakdown(filePath: string, app: ReturnType<typeof wireApp>): Promise<void> {
  const runs = 11;
  const samples = { open: [] as number[], close: [] as number[], check: [] as number[], recent: [] as number[] };
  const checkShare: number[] = [];
  const recentShare: number[] = [];
  for (let index = 0; index < runs + 1; index++) {
    let start = performance.now();
    await app.open(filePath);
    const open = performance.now() - start;
    start = performance.now();
    await app.close();
    const close = performance.now() - start;

    const db = new Database(filePath, { fileMustExist: true });
    let check: number;
    try {
      db.pragma('locking_mode = EXCLUSIVE');
      db.exec('BEGIN IMMEDIATE');
      start = performance.now();
      db.pragma('quick_check(5)');
      check = performance.now() - start;
      db.exec('COMMIT');
    } finally {
      db.close();
    }
    start = performance.now();
    app.session.recent.remember(filePath, 'Bench investigation');
    const recent = performance.now() - start;

    if (index === 0) continue; // warm-up
    samples.open.push(open);
    samples.close.push(close);
    samples.check.push(check);
    samples.recent.push(recent);
    checkShare.push(check / open);
    recentShare.push(recent / open);
  }
  const ms = (values: number[]) => `${median(values).toFixed(2)} ms`;
  const pct = (values: number[]) => `${(median(values) * 100).toFixed(0)}%`;
  process.stderr.write(
    `  open breakdown (medians of ${runs}): open ${ms(samples.open)}, close ${ms(samples.close)}; ` +
      `within the open, quick_check(5) ~${ms(samples.check)} (${pct(checkShare)}), ` +
      `recent.json update ~${ms(samples.recent)} (${pct(recentShare)})\n`,
  );
}

/** Creates the investigation through the real core, fills it with sources and closes it. */
async function createInvestigation(dataDir: string): Promise<string> {
  const session = new InvestigationSession({ dataDir, resourcesDir: dataDir, appVersion: APP_VERSION, emit: () => {} });
  try {
    const info = await session.create(path.join(dataDir, 'Bench investigation'), 'Bench investigation');
    const db = session.requireDb();
    const random = mulberry32(20240611);
    const sources = Array.from({ length: SOURCE_COUNT }, (_, index) => makeSource(index, random));
    db.transaction(() => {
      for (const source of sources) insertSource(db, source);
    })();
    return info.path;
  } finally {
    await session.close();
  }
}

const OUTLETS = ['The Harbour Gazette', 'Northern Ledger', 'Civic Times', 'Daily Register', null];
const AUTHORS = ['Ada Okafor', 'Tomás Reyes', 'Mei Lin', 'Jonas Berg', 'Priya Nair', 'Sam Hollis'];
const WORDS = (
  'council contract tender budget million report minister spokesperson official documents ' +
  'records audit company director shareholder payment invoice subcontractor harbour dredging ' +
  'permit planning committee meeting minutes vote amendment resident complaint inspection ' +
  'safety water supply pipeline road bridge school hospital funding grant agency board ' +
  'chairman lawyer court filing lawsuit settlement investigation police evidence witness ' +
  'statement interview email letter memo spreadsheet accounts bank transfer offshore trust ' +
  'consultant fee overrun delay deadline election campaign donor donation lobbying register ' +
  'the a of and to in that for on with was said were had by from at which would have been ' +
  'not but after before during while because although however later earlier last year month ' +
  'week Tuesday March October northern district city county state national public private'
).split(' ');

function makeSource(index: number, random: () => number): NewSource {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const sentence = () => {
    const length = 8 + Math.floor(random() * 14);
    const words = Array.from({ length }, () => pick(WORDS));
    words[0] = words[0]!.charAt(0).toUpperCase() + words[0]!.slice(1);
    return `${words.join(' ')}.`;
  };
  const title = `Harbour contract file ${index + 1}: ${sentence().slice(0, 60)}`;
  const blocks: string[] = [`# ${title}`];
  let words = 0;
  while (words < WORDS_PER_SOURCE) {
    const roll = random();
    const paragraph = Array.from({ length: 3 + Math.floor(random() * 4) }, sentence).join(' ');
    if (roll < 0.08) blocks.push(`> ${paragraph}`);
    else if (roll < 0.12) blocks.push(`## ${sentence().slice(0, 50)}`);
    else if (roll < 0.16) blocks.push(Array.from({ length: 3 }, () => `- ${sentence()}`).join('\n'));
    else blocks.push(paragraph);
    words += paragraph.split(' ').length;
  }
  const markdown = `${blocks.join('\n\n')}\n`;
  const { text, blocks: structure } = structureMarkdown(markdown);
  const day = new Date(Date.UTC(2023, 0, 1) + index * 3_600_000 * 7);
  return {
    title,
    outlet: pick(OUTLETS),
    authors: random() < 0.8 ? [pick(AUTHORS)] : [],
    publishedDate: day.toISOString().slice(0, 10),
    url: `https://example.org/harbour/${index + 1}`,
    language: 'en',
    fileName: `harbour-${String(index + 1).padStart(3, '0')}.md`,
    mimeType: 'text/markdown',
    original: Buffer.from(markdown, 'utf8'),
    canonicalText: text,
    structure,
    importedAt: new Date(Date.UTC(2024, 5, 1) + index * 60_000).toISOString(),
  };
}

/** A small seeded generator, so every run measures the same file. */
function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
