import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
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
