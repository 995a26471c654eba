import { chromium, type Page } from '@playwright/test';
import path from 'node:path';
import { makeTempDir, startServer } from '../e2e/support/server';
import { CHROMIUM_HELP, QUIET_CHROMIUM_ARGS, findChromium } from '../scripts/find-chromium';
import { closeInvestigationDatabase, openInvestigationDatabase } from '../src/main/core/db';
import { createNote, saveNoteContent } from '../src/main/core/notes';
import { serveStaticPage } from './static-page';
import { figure, type BenchGroup } from './harness';
import { makeLongNote, type LongNote } from './long-note';

const ROUNDS = 2;
const KEYS_PER_RUN = 120;
/** A fast typist's pace (~100 words a minute): autosave runs between keystrokes as it would. */
const KEY_INTERVAL_MS = 110;
const PHRASE = 'the council said the tender was late and the budget had grown again ';

/**
 * Typing into a 20,000-word note in Chromium, with autosave running: for each keystroke, the
 * time from keydown (its event timestamp, so time queued behind other work counts) to the first
 * animation frame after the character is in the DOM, measured in the page with performance.now.
 * That frame's own style, layout and paint run after its animation-frame callbacks and are not
 * in that figure; the "painted" figure ends once they are done (a task posted from the callback).
 * Floor: a plain contenteditable holding the same text, typed into the same way in the same
 * browser.
 */
export const notesBench: BenchGroup = {
  name: 'notes',
  description: 'keystroke latency (p50, p95) in a 20,000-word note, against a plain contenteditable',
  async run() {
    const executablePath: string | null = findChromium();
    if (!executablePath) throw new Error(CHROMIUM_HELP);
    const note = makeLongNote(20_000);
    const temp = makeTempDir('bench-notes');
    const file = path.join(temp.dir, 'Notebook.sourcebook');
    await writeInvestigationWithNote(file, note);
    const server = await startServer({ dataDir: temp.dir, file });
    const floorServer = await serveStaticPage(staticEditableOf(note));
    const browser = await chromium.launch({ executablePath, args: QUIET_CHROMIUM_ARGS });
    try {
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      await page.goto(server.url);
      await page.locator('.investigation-name h1').waitFor();
      const middle = Math.floor(note.paragraphs.length / 2);
      const editor: Latency[] = [];
      const floor: Latency[] = [];
      // Interleaved, so a burst of other work on a busy machine lands on both sides alike.
      for (let round = 0; round < ROUNDS; round++) {
        floor.push(...(await typeInto(page, floorServer.url, '.floor-text', middle)));
        editor.push(...(await typeInto(page, `${server.origin}/#/notes/1`, '.note-text', middle)));
      }
      const frame = (samples: Latency[]) => samples.map((sample) => sample.frame);
      const painted = (samples: Latency[]) => samples.map((sample) => sample.painted);
      return [
        figure({
          name: 'keystroke in a 20,000-word note, p50',
          value: percentile(frame(editor), 50),
          floor: percentile(frame(floor), 50),
          floorName: 'plain contenteditable, same text',
          target: null,
        }),
        figure({
          name: 'keystroke in a 20,000-word note, p95',
          value: percentile(frame(editor), 95),
          floor: percentile(frame(floor), 95),
          floorName: 'plain contenteditable, same text',
          target: 16,
        }),
        figure({
          name: 'keystroke to its frame painted, p95',
          value: percentile(painted(editor), 95),
          floor: percentile(painted(floor), 95),
          floorName: 'plain contenteditable, same text',
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

/** One keystroke: ms from keydown to the next animation frame, and to that frame painted. */
interface Latency {
  frame: number;
  painted: number;
}

/** Opens `url`, puts the caret at the end of the `index`th block of `selector`, types, returns each keystroke's latency. */
async function typeInto(page: Page, url: string, selector: string, index: number): Promise<Latency[]> {
  await page.goto('about:blank');
  await page.goto(url);
  await page.locator(`${selector} :is(p, li, h2, blockquote) >> nth=${index}`).waitFor();
  await page.evaluate(
    ({ selector, index }) => {
      const root = document.querySelector<HTMLElement>(selector)!;
      const samples: Latency[] = [];
      (window as unknown as { keystrokeLatencies: Latency[] }).keystrokeLatencies = samples;
      // Runs after the frame whose animation-frame callback posted to it has been painted.
      const afterPaint = new MessageChannel();
      afterPaint.port1.onmessage = ({ data: { start, frame } }: MessageEvent<{ start: number; frame: number }>) =>
        samples.push({ frame, painted: performance.now() - start });
      let pressedAt: number | null = null;
      window.addEventListener('keydown', (event) => (pressedAt = event.key.length === 1 ? event.timeStamp : pressedAt), true);
      new MutationObserver(() => {
        if (pressedAt === null) return;
        const start = pressedAt;
        pressedAt = null;
        requestAnimationFrame(() => afterPaint.port2.postMessage({ start, frame: performance.now() - start }));
      }).observe(root, { characterData: true, childList: true, subtree: true });

      root.focus();
      const block = root.querySelectorAll(':is(p, li, h2, blockquote)')[index]!;
      const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
      let last: Text | null = null;
      while (walker.nextNode()) last = walker.currentNode as Text;
      document.getSelection()!.collapse(last, last?.length ?? 0);
    },
    { selector, index },
  );
  // Let the editor take in the new selection before the first key.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));

  for (let key = 0; key < KEYS_PER_RUN; key++) {
    const started = Date.now();
    await page.keyboard.type(PHRASE[key % PHRASE.length]!);
    await page.waitForFunction((count) => (window as unknown as { keystrokeLatencies: Latency[] }).keystrokeLatencies.length >= count, key + 1);
    const rest = KEY_INTERVAL_MS - (Date.now() - started);
    if (rest > 0) await new Promise((resolve) => setTimeout(resolve, rest));
  }
  return page.evaluate(() => (window as unknown as { keystrokeLatencies: Latency[] }).keystrokeLatencies);
}

async function writeInvestigationWithNote(filePath: string, note: LongNote): Promise<void> {
  const { db } = await openInvestigationDatabase(filePath, {
    mode: 'create',
    initialize: (handle) => {
      handle
        .prepare('INSERT INTO investigation (name, created_at, created_by_version) VALUES (?, ?, ?)')
        .run('Notebook', '2026-03-12T09:00:00.000Z', '0.0.0-bench');
    },
  });
  try {
    const created = createNote(db, 'Long note');
    saveNoteContent(db, { id: created.id, content: JSON.stringify(note.content), plainText: note.plainText });
  } finally {
    closeInvestigationDatabase(db);
  }
}

function percentile(samples: number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}

/** The floor: the note's blocks as plain HTML in one contenteditable, styled like the note. */
function staticEditableOf(note: LongNote): string {
  const escape = (value: string) => value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/\n/g, '<br>');
  const blocks = note.paragraphs.map((paragraph) => `<p>${escape(paragraph)}</p>`).join('\n');
  return `<!doctype html><meta charset="utf-8"><title>floor</title>
<style>.floor-text{max-width:70ch;margin:0 auto;padding:40px;font:18px/1.7 Georgia,serif;outline:none}p{margin:0 0 .9em}</style>
<div class="floor-text" contenteditable="true" spellcheck="false">
${blocks}
</div>`;
}
