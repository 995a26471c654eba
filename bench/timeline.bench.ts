import type { Page } from '@playwright/test';
import { closeInvestigationDatabase, openInvestigationDatabase } from '../src/main/core/db';
import { createEntity } from '../src/main/core/entities/entity-repository';
import { addEntry } from '../src/main/core/timeline/timeline-entries';
import { withAppInBrowser } from './app-in-browser';
import { figure, median, type BenchGroup } from './harness';
import { serveStaticPage } from './static-page';

const ITEMS = 10_000;
/** How long the reporter reads the sources before opening the Timeline, in the "after opening" figure. */
const SETTLE_MS = 3000;
const PAN_KEYS = 60;

/** Ten thousand dated events over thirty years, at every precision, some approximate, in 40 entities' names. */
async function writeInvestigationWithTimeline(file: string): Promise<void> {
  const { db } = await openInvestigationDatabase(file, { mode: 'create' });
  const entities = Array.from({ length: 40 }, (_, index) => createEntity(db, { name: `Entity ${index + 1}`, type: 'organisation' }).id);
  let state = 20260312;
  const next = () => (state = (state * 48271) % 2147483647);
  db.transaction(() => {
    for (let index = 0; index < ITEMS; index++) {
      const year = 1996 + (next() % 30);
      const month = String(1 + (next() % 12)).padStart(2, '0');
      const day = String(1 + (next() % 28)).padStart(2, '0');
      const precision = next() % 10;
      const startsOn = precision < 6 ? `${year}-${month}-${day}` : precision < 9 ? `${year}-${month}` : String(year);
      addEntry(db, { what: `Event ${index + 1} of the inquiry`, startsOn, endsOn: null, approximate: next() % 7 === 0, entityIds: [entities[next() % entities.length]!], note: '' });
    }
  })();
  closeInvestigationDatabase(db);
}

/** The floor: the same number of bars as the axis drew, positioned in plain HTML, panned by one transform. */
function staticBars(count: number): string {
  const bars = Array.from({ length: count }, (_, index) => `<div class="bar" style="left:${(index * 37) % 3000}px;top:${(index % 40) * 26}px">Event ${index}</div>`).join('');
  return `<!doctype html><html><head><style>body{margin:0;font:13px sans-serif}#stage{position:relative;overflow:hidden;width:1280px;height:800px}
#layer{position:absolute;inset:0;will-change:transform}.bar{position:absolute;height:20px;width:140px;background:#dfe7f5;border-left:3px solid #4a47c9;white-space:nowrap;overflow:hidden}</style></head>
<body><div id="stage" tabindex="0"><div id="layer">${bars}</div></div><script>requestAnimationFrame(()=>setTimeout(()=>{window.__rendered=performance.now()}));let x=0;document.getElementById('stage').addEventListener('keydown',(e)=>{if(e.key==='ArrowRight'){x-=80;document.getElementById('layer').style.transform='translateX('+x+'px)'}});</script></body></html>`;
}

/**
 * Opens the axis from another view and resolves with the milliseconds until its first bars are
 * painted: timed in the page (a mutation observer, then the frame after the bars' frame), since
 * Playwright's own waiting polls at intervals of up to half a second. A string, not a function:
 * the bundler would name the inner callbacks with helpers the page lacks.
 */
const FIRST_BARS_PAINTED = `new Promise((resolve) => {
  const started = performance.now();
  const observer = new MutationObserver(() => {
    if (!document.querySelector('.tl-bar')) return;
    observer.disconnect();
    requestAnimationFrame(() => setTimeout(() => resolve(performance.now() - started)));
  });
  observer.observe(document.body, { childList: true, subtree: true });
  window.location.hash = '#/timeline?layout=axis';
})`;

/** Frame times (ms between animation frames) while `keys` presses of → pan the view. */
async function panFrames(page: Page, focus: string): Promise<number[]> {
  await page.focus(focus);
  // A string, not a function: the bundler would name the inner callback with a helper the page lacks.
  await page.evaluate(`(() => {
    const times = [];
    window.__frames = times;
    const tick = (time) => { times.push(time); if (times.length < 100000) requestAnimationFrame(tick); };
    requestAnimationFrame(tick);
  })()`);
  for (let index = 0; index < PAN_KEYS; index++) {
    await page.keyboard.press('ArrowRight');
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  }
  const times = await page.evaluate(() => (window as unknown as { __frames: number[] }).__frames.splice(0));
  return times.slice(1).map((time, index) => time - times[index]!);
}

/**
 * The timeline's axis with 10,000 items, in Chromium: time to first render (from leaving another
 * view to the bars painted, fetching and checking the items included), on the first visit and on
 * returning to the view with nothing changed, and frame times while panning with the
 * arrow key. Floor: a static page holding as many bars as the axis drew, panned by a transform.
 */
export const timelineBench: BenchGroup = {
  name: 'timeline',
  description: 'first render and panning of the timeline axis with 10,000 items',
  async run() {
    // A reporter who opens the investigation and reads for a few seconds before the Timeline:
    // by then the services have prepared it while idle (create-services, IdleWork).
    // Each sample on a freshly started server: the first visit happens once per opening.
    const afterAMoment: number[] = [];
    for (let run = 0; run < 3; run++) {
      afterAMoment.push(
        await withAppInBrowser('timeline-settled', (target) => writeInvestigationWithTimeline(target), async (page, server) => {
          await page.goto(`${server.origin}/#/sources`);
          await page.locator('.investigation-name h1').waitFor();
          await page.waitForTimeout(SETTLE_MS);
          return (await page.evaluate(FIRST_BARS_PAINTED)) as number;
        }),
      );
    }
    return withAppInBrowser('timeline', (target) => writeInvestigationWithTimeline(target), async (page, server) => {
      // The first visit after the investigation opened builds the listing in a process that has
      // not run it yet; later visits, with nothing changed, are answered from the listing cache.
      const renders: number[] = [];
      for (let run = 0; run < 4; run++) {
        await page.goto(`${server.origin}/#/sources`);
        await page.locator('.investigation-name h1').waitFor();
        renders.push(await page.evaluate(FIRST_BARS_PAINTED));
      }
      const [firstVisit, ...returning] = renders as [number, ...number[]];
      const drawn = await page.locator('.tl-bar').count();
      const appFrames = await panFrames(page, '.tl-axis-stage');

      const floorPage = await serveStaticPage(staticBars(drawn));
      const floorRenders: number[] = [];
      for (let run = 0; run < 3; run++) {
        await page.goto(floorPage.url);
        floorRenders.push(await page.waitForFunction(() => (window as unknown as { __rendered?: number }).__rendered).then((handle) => handle.jsonValue() as Promise<number>));
      }
      const floorFrames = await panFrames(page, '#stage');
      floorPage.server.close();
      const worst = (frames: number[]) => Math.max(...frames);
      process.stderr.write(`  ${drawn} bars drawn of ${ITEMS.toLocaleString('en')}; ${appFrames.filter((time) => time > 32).length} of ${appFrames.length} frames over 32 ms while panning\n`);
      return [
        figure({ name: 'timeline axis, 10,000 items: first render, at once after opening', value: firstVisit, floor: median(floorRenders), floorName: 'static page, same bars', target: 300 }),
        figure({ name: 'timeline axis, 10,000 items: first render, 3 s after opening', value: median(afterAMoment), floor: median(floorRenders), floorName: 'static page, same bars', target: 300 }),
        figure({ name: 'timeline axis, 10,000 items: first render, returning', value: median(returning), floor: median(floorRenders), floorName: 'static page, same bars', target: 300 }),
        figure({ name: 'timeline axis, 10,000 items: worst frame panning', value: worst(appFrames), floor: worst(floorFrames), floorName: 'static page, same bars', target: 32 }),
      ];
    });
  },
};
