import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { closeInvestigationDatabase } from './close';
import { openInvestigationDatabase } from './open-investigation-database';
import { makeInvestigationFile, makeTempDir, snapshot } from './test-support';

const here = path.dirname(fileURLToPath(import.meta.url));
const holderScript = path.join(here, 'lock-holder.fixture.ts');
const tsxLoader = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;

let dir: string;
const children: ChildProcess[] = [];

beforeEach(() => {
  dir = makeTempDir();
});
afterEach(() => {
  for (const child of children.splice(0)) if (child.exitCode === null) child.kill('SIGKILL');
  fs.rmSync(dir, { recursive: true, force: true });
});

/** Starts another Node process that opens the file; resolves with its first line of output. */
function openInAnotherProcess(filePath: string): Promise<{ child: ChildProcess; said: string }> {
  const child = spawn(process.execPath, ['--import', tsxLoader, holderScript, filePath], {
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  children.push(child);
  return new Promise((resolve, reject) => {
    let output = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('\n')) resolve({ child, said: output.trim() });
    });
    child.on('error', reject);
    child.on('exit', (code) => reject(new Error(`the other process exited (${code}) saying "${output}"`)));
  });
}

function exited(child: ChildProcess): Promise<void> {
  return child.exitCode !== null || child.signalCode !== null
    ? Promise.resolve()
    : new Promise((resolve) => child.once('exit', () => resolve()));
}

describe('one running Sourcebook per investigation file', () => {
  it('keeps another process out while this one has the file open', async () => {
    const filePath = await makeInvestigationFile(path.join(dir, 'Story.sourcebook'));
    const { db } = await openInvestigationDatabase(filePath, { mode: 'open' });
    try {
      const { said } = await openInAnotherProcess(filePath);
      expect(said).toBe('refused FILE_LOCKED');
    } finally {
      closeInvestigationDatabase(db);
    }
    const { child, said } = await openInAnotherProcess(filePath);
    expect(said).toBe('opened');
    child.stdin!.end();
    await exited(child);
    expect(fs.readdirSync(dir)).toEqual(['Story.sourcebook']);
  });

  it('refuses a file another process holds, untouched, and opens it once that process dies', async () => {
    const filePath = await makeInvestigationFile(path.join(dir, 'Story.sourcebook'));
    const { child, said } = await openInAnotherProcess(filePath);
    expect(said).toBe('opened');

    const before = snapshot(filePath);
    await expect(openInvestigationDatabase(filePath, { mode: 'open' })).rejects.toMatchObject({
      code: 'FILE_LOCKED',
      message: expect.stringContaining('already open in another Sourcebook window or process'),
    });
    expect(snapshot(filePath)).toEqual(before);

    // A crash leaves no lock behind: the OS releases it with the process.
    child.kill('SIGKILL');
    await exited(child);
    const { db } = await openInvestigationDatabase(filePath, { mode: 'open' });
    closeInvestigationDatabase(db);
    expect(fs.readdirSync(dir)).toEqual(['Story.sourcebook']);
  });
});
