import { spawn, type ChildProcess } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { onTestFinished } from 'vitest';
import { closeInvestigationDatabase } from './close';
import { openInvestigationDatabase } from './open-investigation-database';
import type { Migration } from './migrations';

/** A fresh folder under the system temp folder; tests never share files. */
export function makeTempDir(prefix = 'sourcebook-test-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix));
}

export interface FileSnapshot {
  sha256: string;
  size: number;
  mtimeMs: number;
  /** Everything in the file's folder, to catch a -wal, -shm or -journal left behind. */
  folder: string[];
}

/** What "the file was not changed" means in these tests: same bytes, same mtime, no new files. */
export function snapshot(filePath: string): FileSnapshot {
  const bytes = fs.readFileSync(filePath);
  return {
    sha256: crypto.createHash('sha256').update(bytes).digest('hex'),
    size: bytes.length,
    mtimeMs: fs.statSync(filePath).mtimeMs,
    folder: fs.readdirSync(path.dirname(filePath)).sort(),
  };
}

/** Creates a closed investigation file at `filePath`, optionally at an older schema. */
export async function makeInvestigationFile(
  filePath: string,
  options: { migrations?: readonly Migration[]; fill?: Parameters<typeof openInvestigationDatabase>[1]['initialize'] } = {},
): Promise<string> {
  const { db } = await openInvestigationDatabase(filePath, {
    mode: 'create',
    migrations: options.migrations,
    initialize: options.fill,
  });
  closeInvestigationDatabase(db);
  return filePath;
}

/** The SHA-256 of a file's bytes, or null when there is no file: for "not one byte changed". */
export function sha256Of(filePath: string): string | null {
  if (!fs.existsSync(filePath)) return null;
  return crypto.createHash('sha256').update(fs.readFileSync(filePath)).digest('hex');
}

const here = path.dirname(fileURLToPath(import.meta.url));
const tsxLoader = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;

/**
 * Starts a fixture script (a file next to this one) in another Node process, through tsx;
 * resolves with its first line of output. The process is killed when the test ends.
 */
export function runFixture(script: string, args: string[]): Promise<{ child: ChildProcess; said: string }> {
  const child = spawn(process.execPath, ['--import', tsxLoader, path.join(here, script), ...args], {
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  onTestFinished(() => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  });
  return new Promise((resolve, reject) => {
    let output = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('\n')) resolve({ child, said: output.trim() });
    });
    child.on('error', reject);
    child.on('exit', (code, signal) =>
      reject(new Error(`the other process exited (${code ?? signal}) saying "${output}"`)),
    );
  });
}

/** Opens the file in another process the way the app does (lock-holder.fixture.ts). */
export function openInAnotherProcess(filePath: string, sql?: string) {
  return runFixture('lock-holder.fixture.ts', sql === undefined ? [filePath] : [filePath, sql]);
}

export function exited(child: ChildProcess): Promise<void> {
  return child.exitCode !== null || child.signalCode !== null
    ? Promise.resolve()
    : new Promise((resolve) => child.once('exit', () => resolve()));
}

/**
 * What a crash leaves: another process opens the file as the app does, commits `sql` (which
 * stays in the WAL, as nothing checkpoints it yet) and is killed. The -wal file is left behind.
 */
export async function crashAfterWriting(filePath: string, sql: string): Promise<void> {
  const { child, said } = await openInAnotherProcess(filePath, sql);
  if (said !== 'opened') throw new Error(`the other process could not open ${filePath}: ${said}`);
  child.kill('SIGKILL');
  await exited(child);
  if (!(fs.statSync(`${filePath}-wal`).size > 0)) throw new Error('the crash left no WAL behind');
}
