import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { checkBeforeCreating, partialPathFor, removeWithSidecars } from '../db';
import { isServiceError, ServiceError } from '../service-error';
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
 * written under a temporary name and given the name asked for only once complete, so a copy
 * cut short (cancelled, failed, or the app quitting) never passes for the real thing; a
 * cancelled or failed copy is removed.
 */
export async function copyInvestigation(
  db: Database.Database,
  target: string,
  task: TaskHandle,
): Promise<{ path: string; bytes: number }> {
  const partial = partialPathFor(target);
  try {
    if (task.signal.aborted) throw new CopyCancelled();
    removeWithSidecars(partial);
    const { totalPages } = await db.backup(partial, {
      progress: ({ totalPages: total, remainingPages }) => {
        if (task.signal.aborted) throw new CopyCancelled();
        task.progress(total - remainingPages, total);
        return PAGES_PER_STEP;
      },
    });
    // The target was free when the copy began; it must not be replaced if something took it since.
    checkBeforeCreating(target);
    fs.renameSync(partial, target);
    task.progress(totalPages, totalPages);
  } catch (error) {
    removeWithSidecars(partial);
    if (isServiceError(error)) {
      task.finish('failed', error.message);
      throw error;
    }
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
