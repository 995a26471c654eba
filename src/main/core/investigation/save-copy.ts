import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { checkBeforeCreating, sidecarPaths } from '../db';
import { ServiceError } from '../service-error';
import type { TaskHandle } from '../tasks';

/** Pages copied between two checks for cancellation: about 1 MB with 4 KB pages. */
const PAGES_PER_STEP = 256;

class CopyCancelled extends Error {}

/** Refuses a copy onto the open file itself, or onto anything already there. */
export function checkCopyTarget(openPath: string, target: string): void {
  if (path.resolve(openPath) === path.resolve(target)) {
    throw new ServiceError(
      'FILE_EXISTS',
      `“${path.basename(target)}” is the investigation you have open; a copy needs another name or folder. Nothing was written.`,
    );
  }
  checkBeforeCreating(target);
}

/**
 * Writes a consistent copy of the open investigation through SQLite's backup API (a file copy
 * could catch the database mid-write, and would miss what is still in the WAL). The copy is
 * a complete investigation; a cancelled or failed copy is removed, so no half file is left.
 */
export async function copyInvestigation(
  db: Database.Database,
  target: string,
  task: TaskHandle,
): Promise<{ path: string; bytes: number }> {
  try {
    if (task.signal.aborted) throw new CopyCancelled();
    const { totalPages } = await db.backup(target, {
      progress: ({ totalPages: total, remainingPages }) => {
        if (task.signal.aborted) throw new CopyCancelled();
        task.progress(total - remainingPages, total);
        return PAGES_PER_STEP;
      },
    });
    task.progress(totalPages, totalPages);
  } catch (error) {
    for (const leftover of [target, ...sidecarPaths(target)]) fs.rmSync(leftover, { force: true });
    if (error instanceof CopyCancelled) {
      task.finish('cancelled', 'The copy was cancelled; no file was written.');
      throw new ServiceError('CANCELLED', 'Saving the copy was cancelled; no copy was written. The open investigation is unchanged.');
    }
    console.error('Saving a copy failed:', error);
    const message = `Sourcebook could not write the copy to ${target} (${(error as Error).message}). No partial copy was left; the open investigation is unchanged. Check the disk space and the folder, and try again.`;
    task.finish('failed', message);
    throw new ServiceError('INTERNAL', message);
  }
  task.finish('done');
  return { path: target, bytes: fs.statSync(target).size };
}
