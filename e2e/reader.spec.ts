import crypto from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type Page } from './support/fixtures';
import { AppPage } from './support/app-page';
import { makeLongSource } from './support/long-source';
import { ReaderPage } from './support/reader-page';
import { writeInvestigationWith } from './support/seed-investigation';
import { startServer, type RunningServer } from './support/server';

const SAMPLE_TITLE = /Halden Systems chief defends border contract/;
const sampleSha256 = crypto
  .createHash('sha256')
  .update(readFileSync(path.join(__dirname, '..', 'resources', 'sample', 'article.md')))
  .digest('hex');

/** A first start opens the bundled sample; its one source is an article. */
async function openSample(page: Page, dataDir: string, run: (reader: ReaderPage, id: number, server: RunningServer) => Promise<void>) {
  const server = await startServer({ dataDir });
  try {
    await new AppPage(page).load(server.url);
    const reader = new ReaderPage(page);
    const id = await reader.open(SAMPLE_TITLE);
    await run(reader, id, server);
  } finally {
    await server.stop();
  }
}

test.describe('the source reader', () => {
  test('shows the source’s header, and its text block by block at the offsets of its canonical text', async ({ page, dataDir }) => {
    await openSample(page, dataDir, async (reader, id) => {
      const article = page.getByRole('article', { name: SAMPLE_TITLE });
      await expect(article).toBeVisible();
      const header = article.locator('header');
      await expect(header.getByRole('heading', { level: 1 })).toHaveText(
        'Halden Systems chief defends border contract as employees revisit a 2020 promise',
      );
      await expect(header).toContainText('The Northshore Ledger');
      await expect(header).toContainText('By Mireille Fontaine and Jonah Abernathy');
      await expect(header).toContainText('2026');
      await expect(header.getByRole('link', { name: 'news.example.com/2026/03/12/halden-systems-border-contract' })).toHaveAttribute(
        'href',
        'https://news.example.com/2026/03/12/halden-systems-border-contract',
      );
      await expect(header).toContainText('halden-systems-border-contract.md');
      await expect(header).toContainText('Markdown');
      await expect(header).toContainText(/\d KB/);
      await expect(header).toContainText('Fictional.');
      await expect(header.locator('code')).toHaveText(`${sampleSha256.slice(0, 8)}…${sampleSha256.slice(-4)}`);
      await expect(header.getByRole('button', { name: 'Edit details' })).toBeVisible();

      // The headline repeats the title, so the text starts with the first paragraph.
      const text = article.locator('.reader-text');
      await expect(text.getByRole('heading', { level: 2 })).toHaveText(['A contract cancelled in 2020', 'What the memo says']);
      await expect(text.locator('blockquote')).toHaveText(/^Nothing in this agreement asks us to build/);
      await expect(text.locator('p').first()).toHaveText(/^The chief executive of Halden Systems/);

      const source = await reader.fetchSource(id);
      const { checked, mismatches } = await reader.blockMismatches(source.text);
      expect(mismatches).toEqual([]);
      expect(checked).toBe(source.blocks.length - 1);
    });
  });

  test('copies the full SHA-256 from the keyboard, and says so', async ({ page, dataDir }) => {
    await openSample(page, dataDir, async (_reader, _id, server) => {
      await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin });
      const copy = page.getByRole('button', { name: 'Copy SHA-256' });
      await copy.focus();
      await page.keyboard.press('Enter');
      await expect(copy).toHaveText('Copied');
      await expect(page.getByRole('status').filter({ hasText: 'SHA-256 copied' })).toBeAttached();
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(sampleSha256);
    });
  });

  test('opens the source’s address outside this window', async ({ page, dataDir }) => {
    await openSample(page, dataDir, async () => {
      // Server mode: the app cannot open the system browser, so a new tab takes the link.
      await page.context().route('https://news.example.com/**', (route) => route.fulfill({ body: 'the article' }));
      const before = page.url();
      const [popup] = await Promise.all([
        page.waitForEvent('popup'),
        page.getByRole('link', { name: /news\.example\.com/ }).click(),
      ]);
      await expect(popup).toHaveURL('https://news.example.com/2026/03/12/halden-systems-border-contract');
      expect(page.url()).toBe(before);
    });
  });

  test('Ctrl+F finds in the text, ignoring case and accents: count, next, previous, Escape', async ({ page, dataDir }) => {
    await openSample(page, dataDir, async (reader) => {
      await page.evaluate(() => {
        const log: boolean[] = [];
        (window as unknown as { findKeyLog: boolean[] }).findKeyLog = log;
        window.addEventListener('keydown', (event) => {
          if (event.key === 'f' && event.ctrlKey) log.push(event.defaultPrevented);
        });
      });
      await reader.scroller.focus();
      await page.keyboard.press('Control+f');
      await expect(reader.findInput).toBeFocused();
      // The browser's own find never opens: the reader took the key.
      expect(await page.evaluate(() => (window as unknown as { findKeyLog: boolean[] }).findKeyLog)).toEqual([true]);

      await page.keyboard.type('OKÁFOR');
      await expect(reader.findCount).toHaveText('1 of 7');
      await page.keyboard.press('Enter');
      await expect(reader.findCount).toHaveText('2 of 7');
      await page.keyboard.press('F3');
      await expect(reader.findCount).toHaveText('3 of 7');
      await page.keyboard.press('Shift+Enter');
      await page.keyboard.press('Shift+F3');
      await expect(reader.findCount).toHaveText('1 of 7');
      await page.keyboard.press('Shift+Enter');
      await expect(reader.findCount).toHaveText('7 of 7');

      const next = reader.findBar.getByRole('button', { name: 'Next match' });
      const previous = reader.findBar.getByRole('button', { name: 'Previous match' });
      await expect(next).toHaveAttribute('title', /Enter.*F3/);
      await expect(previous).toHaveAttribute('title', /Shift\+Enter.*Shift\+F3/);
      await next.click();
      await expect(reader.findCount).toHaveText('1 of 7');
      await previous.click();
      await expect(reader.findCount).toHaveText('7 of 7');

      // Matches are painted with CSS highlights, the text itself untouched.
      expect(await page.evaluate(() => [CSS.highlights.get('find-match')?.size, CSS.highlights.get('find-current')?.size])).toEqual([7, 1]);
      expect(await reader.currentMatchInView()).toEqual({ text: 'Okafor', inView: true });
      await expect(page.locator('.reader-text mark')).toHaveCount(0);

      await reader.findInput.fill('no such words');
      await expect(reader.findCount).toHaveText('No matches');
      await page.keyboard.press('Escape');
      await expect(reader.findBar).toBeHidden();
      await expect(reader.scroller).toBeFocused();
      expect(await page.evaluate(() => CSS.highlights.has('find-match'))).toBe(false);
    });
  });
});

test.describe('a 150,000-word report', () => {
  test.setTimeout(90_000);

  test('opens at once, renders only what is near, keeps its place, and finds a word in its last section', async ({ page, dataDir }) => {
    const source = makeLongSource();
    const file = path.join(dataDir, 'Long report.sourcebook');
    await writeInvestigationWith(file, source);
    const server = await startServer({ dataDir, file });
    try {
      await new AppPage(page).load(server.url);
      const reader = new ReaderPage(page);
      const id = await reader.open(/Harbour dredging/);
      const sectionCount = await page.locator('.reader-section').count();
      expect(sectionCount).toBeGreaterThan(20);
      expect(await page.locator('.reader-section[data-rendered]').count()).toBeLessThanOrEqual(2);
      expect(await page.locator('[data-block-start]').count()).toBeLessThan(400);

      // A section mounting above the view moves nothing in view: put the top of section 20
      // just above the view, so section 19 mounts out of sight, above it.
      const placeholderHeight = await reader.section(19).evaluate((element) => (element as HTMLElement).offsetHeight);
      await reader.scroller.evaluate((scroller) => {
        scroller.scrollTop = scroller.querySelector<HTMLElement>('[data-section="20"]')!.offsetTop + 200;
      });
      await expect(reader.section(19)).toHaveAttribute('data-rendered', 'true');
      await expect(reader.section(20)).toHaveAttribute('data-rendered', 'true');
      const renderedHeight = await reader.section(19).evaluate((element) => (element as HTMLElement).offsetHeight);
      expect(Math.abs(renderedHeight - placeholderHeight), 'the estimate was off, so something had to be kept in place').toBeGreaterThan(2);
      const viewTopInSection20 = await reader.scroller.evaluate(
        (scroller) => scroller.scrollTop - scroller.querySelector<HTMLElement>('[data-section="20"]')!.offsetTop,
      );
      expect(Math.abs(viewTopInSection20 - 200)).toBeLessThanOrEqual(1);
      const { text, blocks } = await reader.fetchSource(id);
      expect((await reader.blockMismatches(text)).mismatches).toEqual([]);

      // Leaving a section keeps its measured height: the scrollbar does not change.
      const scrollHeight = await reader.scroller.evaluate((scroller) => scroller.scrollHeight);
      await reader.scroller.evaluate((scroller) => (scroller.scrollTop = 0));
      await expect(reader.section(20)).not.toHaveAttribute('data-rendered');
      expect(await reader.scroller.evaluate((scroller) => scroller.scrollHeight)).toBe(scrollHeight);

      // End goes to the very end, whatever the last section's estimate was.
      await reader.scroller.focus();
      await page.keyboard.press('End');
      const lastBlock = page.locator(`[data-block-end="${blocks.at(-1)!.end}"]`);
      await expect(lastBlock).toHaveText(`The inquiry closes with one last word: ${source.lastWord}.`);
      await expect(lastBlock).toBeInViewport();

      // Find searches the whole text, not only what is mounted.
      await page.keyboard.press('Home');
      await expect(reader.section(sectionCount - 1)).not.toHaveAttribute('data-rendered');
      await page.keyboard.press('Control+f');
      await reader.findInput.fill(source.lastWord.toLowerCase());
      await expect(reader.findCount).toHaveText('1 of 1');
      await expect(reader.section(sectionCount - 1)).toHaveAttribute('data-rendered', 'true');
      await expect.poll(() => reader.currentMatchInView()).toEqual({ text: source.lastWord, inView: true });
      await page.keyboard.press('Escape');

      // The place is remembered when the source is opened again.
      await reader.scroller.evaluate((scroller) => {
        scroller.scrollTop = scroller.querySelector<HTMLElement>('[data-section="30"]')!.offsetTop + 1234;
      });
      await expect(reader.section(30)).toHaveAttribute('data-rendered', 'true');
      const place = await reader.firstVisibleBlock();
      await expect
        .poll(() => page.evaluate(() => Object.keys(sessionStorage).filter((key) => key.startsWith('sourcebook.reader.position')).map((key) => sessionStorage.getItem(key))))
        .toEqual([JSON.stringify({ offset: place.offset, delta: Math.round(place.delta) })]);
      await page.keyboard.press('Control+2');
      await expect(reader.article).toBeHidden();
      await page.goBack();
      await expect(page.locator('article.reader[data-ready]')).toBeVisible();
      const reopened = await reader.firstVisibleBlock();
      expect(reopened.offset).toBe(place.offset);
      expect(Math.abs(reopened.delta - place.delta)).toBeLessThanOrEqual(1);
    } finally {
      await server.stop();
    }
  });
});
