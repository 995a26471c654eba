import { spawn } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTempDir } from './core/db/test-support';

const here = path.dirname(fileURLToPath(import.meta.url));
const tsxLoader = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;

let dir: string;
beforeEach(() => {
  dir = makeTempDir();
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

/** Runs server mode as `npm run serve` does (from source, through tsx) until it prints its address. */
async function startServer(filePath: string) {
  const child = spawn(
    process.execPath,
    ['--import', tsxLoader, path.join(here, 'serve.ts'), '--file', filePath, '--data-dir', path.join(dir, 'data')],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const exit = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  let output = '';
  const url = await new Promise<URL>((resolve, reject) => {
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /running at (\S+)/.exec(output);
      if (match) resolve(new URL(match[1]!));
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    void exit.then(() => reject(new Error(`the server exited before it started: ${output}`)));
  });
  const token = new URLSearchParams(url.hash.slice(1)).get('token')!;
  const call = async (method: string, params: unknown) => {
    const response = await fetch(new URL(`/api/call/${method}`, url.origin), {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify(params),
    });
    return (await response.json()) as { ok: boolean };
  };
  return { child, exit, call };
}

describe('server mode', () => {
  const signals: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];
  for (const signal of signals) {
    it(`closes the investigation into one whole file and exits cleanly on ${signal}`, async () => {
      const filePath = path.join(dir, 'Story.sourcebook');
      const { child, exit, call } = await startServer(filePath);
      expect(await call('investigation.update', { description: 'Written just before quitting' })).toMatchObject({
        ok: true,
      });

      child.kill(signal);
      expect(await exit).toEqual({ code: 0, signal: null });
      expect(fs.readdirSync(dir).sort()).toEqual(['Story.sourcebook', 'data']);
      const db = new Database(filePath, { readonly: true });
      try {
        expect(db.prepare('SELECT description FROM investigation').pluck().get()).toBe('Written just before quitting');
      } finally {
        db.close();
      }
    });
  }
});
