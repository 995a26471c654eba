import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';

const serveEntry = path.join(__dirname, '..', '..', 'out', 'main', 'serve.js');

export interface RunningServer {
  url: string;
  origin: string;
  dataDir: string;
  output: string[];
  stop(): Promise<void>;
  /** SIGKILL, as a crash or a power cut would end it: no shutdown code runs. */
  kill(): Promise<void>;
}

/**
 * Starts `out/main/serve.js` as a user would (`npm run serve`) and resolves once it prints
 * its address: the event the server emits, not a timer.
 */
export async function startServer(options: { dataDir: string; file?: string; port?: number }): Promise<RunningServer> {
  const args = [serveEntry, '--data-dir', options.dataDir];
  if (options.file) args.push('--file', options.file);
  if (options.port !== undefined) args.push('--port', String(options.port));
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env } });
  const output: string[] = [];
  createInterface({ input: child.stderr! }).on('line', (line) => output.push(line));
  const url = await new Promise<string>((resolve, reject) => {
    createInterface({ input: child.stdout! }).on('line', (line) => {
      output.push(line);
      const match = /^Sourcebook is running at (\S+)/.exec(line);
      if (match) resolve(match[1]!);
    });
    child.once('exit', (code) => reject(new Error(`The server exited (${code}) before it was ready:\n${output.join('\n')}`)));
    child.once('error', reject);
  });
  return {
    url,
    origin: new URL(url).origin,
    dataDir: options.dataDir,
    output,
    stop: () => stopProcess(child),
    kill: () => stopProcess(child, 'SIGKILL'),
  };
}

function stopProcess(child: ChildProcess, signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once('exit', () => resolve());
    child.kill(signal);
  });
}

export function makeTempDir(prefix: string): { dir: string; remove(): void } {
  const dir = mkdtempSync(path.join(tmpdir(), `sourcebook-${prefix}-`));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}
