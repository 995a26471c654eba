import { chromium, type Browser } from '@playwright/test';
import { spawn } from 'node:child_process';
import { makeTempDir, startServer } from '../e2e/support/server';
import { CHROMIUM_HELP, QUIET_CHROMIUM_ARGS, findChromium } from '../scripts/find-chromium';
import { figure, measure, type BenchGroup } from './harness';

/**
 * Start-up: from launching the server process to the app frame painted with the open
 * investigation's name, in Chromium. Floor: launching a bare Node HTTP server process and
 * painting one static page from it in the same browser.
 */
export const startupBench: BenchGroup = {
  name: 'startup',
  description: 'server start to first interactive paint of the app frame',
  async run() {
    const executablePath: string | null = findChromium();
    if (!executablePath) throw new Error(CHROMIUM_HELP);
    const browser = await chromium.launch({ executablePath, args: QUIET_CHROMIUM_ARGS });
    try {
      const floor = await measure(() => paintStaticPage(browser), 5);
      // One data folder for every run: the unmeasured warm-up is the first start (it makes the
      // sample); the measured runs are the everyday start that reopens the last investigation.
      const temp = makeTempDir('bench-startup');
      const value = await measure(() => paintApp(browser, temp.dir), 5).finally(() => temp.remove());
      return [
        figure({
          name: 'start-up to app frame (reopening the last investigation)',
          value,
          floor,
          floorName: 'bare node server + static page',
          target: null,
        }),
      ];
    } finally {
      await browser.close();
    }
  },
};

async function paintApp(browser: Browser, dataDir: string): Promise<void> {
  const server = await startServer({ dataDir });
  const page = await browser.newPage();
  try {
    await page.goto(server.url);
    await page.locator('.investigation-name h1').waitFor({ state: 'visible' });
  } finally {
    await page.close();
    await server.stop();
  }
}

const staticServerSource = `
const http = require('node:http');
const server = http.createServer((req, res) => {
  res.setHeader('Content-Type', 'text/html');
  res.end('<!doctype html><title>floor</title><h1 id="ready">Ready</h1>');
});
server.listen(0, '127.0.0.1', () => console.log('ready ' + server.address().port));
`;

async function paintStaticPage(browser: Browser): Promise<void> {
  const child = spawn(process.execPath, ['-e', staticServerSource], { stdio: ['ignore', 'pipe', 'inherit'] });
  const port = await new Promise<number>((resolve, reject) => {
    child.stdout!.on('data', (chunk: Buffer) => {
      const match = /ready (\d+)/.exec(chunk.toString());
      if (match) resolve(Number(match[1]));
    });
    child.once('exit', (code) => reject(new Error(`floor server exited with ${code}`)));
  });
  const page = await browser.newPage();
  try {
    await page.goto(`http://127.0.0.1:${port}/`);
    await page.locator('#ready').waitFor({ state: 'visible' });
  } finally {
    await page.close();
    await new Promise<void>((resolve) => {
      child.once('exit', () => resolve());
      child.kill();
    });
  }
}
