import { chromium, type Page } from '@playwright/test';
import path from 'node:path';
import { makeLongSource, type LongSource } from '../e2e/support/long-source';
import { writeInvestigationWith } from '../e2e/support/seed-investigation';
import { makeTempDir, startServer } from '../e2e/support/server';
import { CHROMIUM_HELP, QUIET_CHROMIUM_ARGS, findChromium } from '../scripts/find-chromium';
import { serveStaticPage } from './static-page';
import { figure, median, type BenchGroup } from './harness';

const ROUNDS = 2;
const RUNS = 5;

/**
 * The source reader on a 150,000-word report (~1 MB, ~6,800 blocks), in Chromium.
 * Open: from navigating to the source's address to the reader being interactive (header and
 * first section rendered, Ctrl+F answered by the find bar). Floor: the same text as plain
 * paragraphs on a static page, loaded and painted in the same browser.
 * End: from pressing End to the last section rendered at the bottom. Floor: the static page
 * scrolled to its end.
 */
export const readerBench: BenchGroup = {
  name: 'reader',
  description: 'open a 150,000-word source in the reader, and go to its end',
  async run() {
    const executablePath: string | null = findChromium();
    if (!executablePath) throw new Error(CHROMIUM_HELP);
    const source = makeLongSource();
    const temp = makeTempDir('bench-reader');
    const file = path.join(temp.dir, 'Long report.sourcebook');
    await writeInvestigationWith(file, source);
    const server = await startServer({ dataDir: temp.dir, file });
    const floorServer = await serveStaticPage(staticPageOf(source));
    const browser = await chromium.launch({ executablePath, args: QUIET_CHROMIUM_ARGS });
    try {
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      // The one-time key goes into this tab's session; later loads of the app find it there.
      await page.goto(server.url);
      await page.locator('.investigation-name h1').waitFor();
      const readerUrl = `${server.origin}/#/sources/1`;
      const lastEnd = source.blocks.at(-1)!.end;

      // Interleaved rounds, each side keeping its better median: a burst of other work on a busy
      // 2-core machine then costs one round of one side, not the ratio.
      const open: number[] = [];
      const openFloor: number[] = [];
      const end: number[] = [];
      const endFloor: number[] = [];
      for (let round = 0; round < ROUNDS; round++) {
        openFloor.push(await timed(() => openStaticPage(page, floorServer.url)));
        open.push(await timed(() => openReader(page, readerUrl)));
        endFloor.push(await timed(() => staticPageToEnd(page, floorServer.url)));
        end.push(await timed(() => readerToEnd(page, readerUrl, lastEnd)));
      }
      return [
        figure({
          name: 'open a 150,000-word source in the reader',
          value: Math.min(...open),
          floor: Math.min(...openFloor),
          floorName: 'static page of its text as <p>s',
          // The target is a ratio (≤ 2× the floor), not a time.
          target: null,
          ratioTarget: 2,
        }),
        figure({
          name: 'End: last section rendered at the bottom',
          value: Math.min(...end),
          floor: Math.min(...endFloor),
          floorName: 'static page scrolled to its end',
          target: null,
        }),
      ];
    } finally {
      await browser.close();
      await new Promise<void>((resolve) => floorServer.server.close(() => resolve()));
      await server.stop();
      temp.remove();
    }
  },
};

/** The median of what each run reports, after one unreported warm-up run. */
export async function timed(run: () => Promise<number>): Promise<number> {
  await run();
  const samples: number[] = [];
  for (let index = 0; index < RUNS; index++) samples.push(await run());
  return median(samples);
}

/** A new document each time: from navigating to the reader's address to find answering. */
export async function openReader(page: Page, url: string): Promise<number> {
  await page.goto('about:blank');
  const start = performance.now();
  await page.goto(url, { waitUntil: 'commit' });
  await page.locator('article.reader[data-ready]').waitFor();
  await page.keyboard.press('Control+f');
  await page.locator('.find-input:focus').waitFor();
  const elapsed = performance.now() - start;
  await forgetPositions(page);
  return elapsed;
}

/** From navigating to the static page to its whole text loaded and painted. */
async function openStaticPage(page: Page, url: string): Promise<number> {
  await page.goto('about:blank');
  const start = performance.now();
  await page.goto(url, { waitUntil: 'load' });
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  return performance.now() - start;
}

/** Opened (not measured), then from End to the last block rendered at the bottom. */
async function readerToEnd(page: Page, url: string, lastEnd: number): Promise<number> {
  await page.goto('about:blank');
  await page.goto(url);
  await page.locator('article.reader[data-ready]').waitFor();
  await page.locator('.reader-scroller').focus();
  const start = performance.now();
  await page.keyboard.press('End');
  await page.waitForFunction((end) => {
    const scroller = document.querySelector('.reader-scroller')!;
    const last = document.querySelector(`[data-block-end="${end}"]`);
    return last !== null && scroller.scrollTop + scroller.clientHeight >= scroller.scrollHeight - 1;
  }, lastEnd);
  const elapsed = performance.now() - start;
  await forgetPositions(page);
  return elapsed;
}

async function staticPageToEnd(page: Page, url: string): Promise<number> {
  await page.goto('about:blank');
  await page.goto(url, { waitUntil: 'load' });
  const start = performance.now();
  await page.evaluate(() => {
    window.scrollTo(0, document.documentElement.scrollHeight);
    return new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  });
  return performance.now() - start;
}

/** So the next open starts at the top, as the first open of a source does. */
async function forgetPositions(page: Page): Promise<void> {
  await page.evaluate(() => {
    for (const key of Object.keys(sessionStorage)) if (key.startsWith('sourcebook.reader.position')) sessionStorage.removeItem(key);
  });
}

function staticPageOf(source: LongSource): string {
  const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const points = [...source.text];
  const paragraphs = source.blocks.map((block) => `<p>${escape(points.slice(block.start, block.end).join(''))}</p>`).join('\n');
  return `<!doctype html><meta charset="utf-8"><title>floor</title>
<style>body{max-width:70ch;margin:0 auto;padding:40px;font:18px/1.7 Georgia,serif}p{margin:0 0 1em}</style>
<h1>${escape(source.title)}</h1>
${paragraphs}`;
}
