import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ServiceError } from '../../service-error';
import { findChromium, QUIET_CHROMIUM_ARGS } from './find-chromium';

/**
 * A memo of thousands of claims takes Chromium tens of seconds; a browser that hangs must not
 * hold the export forever. The bound grows with the page: a minute, and a minute per megabyte.
 */
function printTimeoutMs(html: string): number {
  return 60_000 + Math.ceil(html.length / 1_000_000) * 60_000;
}

/**
 * Above this size the PDF is printed without tags (the structure a screen reader follows):
 * tagging makes Chromium several times slower on long documents (a 3,000-claim memo took 20 s
 * tagged and 8 s untagged here, and a third of the bytes). A memo of a few hundred claims keeps them.
 */
export const TAGGED_PDF_MAX_HTML_LENGTH = 500_000;

/**
 * Flags for printing a local page and nothing else: no sandbox (it cannot start inside a
 * container without one, and the page is our own HTML), no GPU, none of the background
 * traffic a browser makes on its own, and a fresh profile. Script is not switched off by flag
 * (headless printing stops writing the PDF when it is); the page's own Content-Security-Policy
 * allows none, and the memo holds none.
 */
function chromiumArgs(profileDir: string, pdfPath: string, htmlUrl: string, tagged: boolean): string[] {
  return [
    '--headless',
    ...QUIET_CHROMIUM_ARGS,
    '--disable-extensions',
    '--no-pdf-header-footer',
    ...(tagged ? [] : ['--disable-pdf-tagging']),
    `--user-data-dir=${profileDir}`,
    `--print-to-pdf=${pdfPath}`,
    htmlUrl,
  ];
}

/**
 * Prints an HTML page to PDF with the system's headless Chromium (server mode has no Electron
 * to print with). The page is written to a private temporary folder and removed afterwards.
 */
export async function printWithHeadlessChromium(
  html: string,
  options: { executable?: string | null; timeoutMs?: number; signal?: AbortSignal } = {},
): Promise<Uint8Array> {
  const executable = options.executable === undefined ? findChromium() : options.executable;
  if (!executable) {
    throw new ServiceError(
      'UNSUPPORTED',
      'Printing to PDF needs Chromium, Chrome or Edge, and none was found. On Debian or Ubuntu: `sudo apt-get install chromium`; elsewhere install one and set CHROMIUM_PATH to its program. The other export formats work without it.',
    );
  }
  const dir = await mkdtemp(path.join(os.tmpdir(), 'sourcebook-pdf-'));
  try {
    const htmlPath = path.join(dir, 'memo.html');
    const pdfPath = path.join(dir, 'memo.pdf');
    await writeFile(htmlPath, html, 'utf8');
    const tagged = html.length <= TAGGED_PDF_MAX_HTML_LENGTH;
    await run(executable, chromiumArgs(path.join(dir, 'profile'), pdfPath, pathToFileURL(htmlPath).href, tagged), options.timeoutMs ?? printTimeoutMs(html), options.signal);
    try {
      return new Uint8Array(await readFile(pdfPath));
    } catch {
      throw new ServiceError('INTERNAL', `Chromium (${executable}) ran but wrote no PDF. Try again; if it persists, try another browser by setting CHROMIUM_PATH.`);
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

function run(executable: string, args: string[], timeoutMs: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(cancelled());
    const child = spawn(executable, args, { stdio: ['ignore', 'ignore', 'pipe'] });
    const onAbort = () => {
      child.kill('SIGKILL');
      reject(cancelled());
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      // The last few lines say why it failed; the rest is noise a headless browser always prints.
      stderr = (stderr + chunk.toString()).slice(-2000);
    });
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new ServiceError('INTERNAL', `Chromium took longer than ${Math.round(timeoutMs / 1000)} s to print the PDF and was stopped.`));
    }, timeoutMs);
    child.on('error', (error) => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      reject(new ServiceError('UNSUPPORTED', `Chromium could not be started (${executable}): ${error.message}`));
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      if (code === 0) resolve();
      else reject(new ServiceError('INTERNAL', `Chromium could not print the PDF (exit code ${code}). ${stderr.trim().split('\n').slice(-2).join(' ')}`.trim()));
    });
  });
}

function cancelled(): ServiceError {
  return new ServiceError('CANCELLED', 'The PDF export was cancelled; no file was written.');
}
