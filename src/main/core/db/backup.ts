import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { ServiceError } from '../service-error';
import { sidecarPaths } from './identity';

function timestamp(date: Date): string {
  const two = (n: number) => String(n).padStart(2, '0');
  return (
    `${date.getFullYear()}${two(date.getMonth() + 1)}${two(date.getDate())}-` +
    `${two(date.getHours())}${two(date.getMinutes())}${two(date.getSeconds())}`
  );
}

/**
 * `Story.sourcebook` → `Story.before-v3-20260312-101500.sourcebook`: the file as it was before
 * this version upgraded it to schema 3, in local time so the reporter recognises the moment.
 * It keeps the .sourcebook extension so it can be opened like any investigation.
 */
export function backupPathFor(filePath: string, targetVersion: number, now: Date): string {
  const folder = path.dirname(filePath);
  const stem = path.basename(filePath, path.extname(filePath));
  const base = `${stem}.before-v${targetVersion}-${timestamp(now)}`;
  for (let n = 1; ; n++) {
    const candidate = path.join(folder, `${n === 1 ? base : `${base}-${n}`}.sourcebook`);
    if (!isTaken(candidate)) return candidate;
  }
}

/** lstat, so that even a dangling symbolic link counts as taken: the rename must not replace it. */
function isTaken(filePath: string): boolean {
  try {
    fs.lstatSync(filePath);
    return true;
  } catch {
    return false;
  }
}

/**
 * Where a copy is written until it is complete: a name that does not look like an
 * investigation, so a copy cut short (the app quit or crashed) is never taken for a real one.
 */
export function partialPathFor(destination: string): string {
  return `${destination}.partial`;
}

export function removeWithSidecars(filePath: string): void {
  for (const leftover of [filePath, ...sidecarPaths(filePath)]) fs.rmSync(leftover, { force: true });
}

/**
 * Copies the open database page by page through SQLite's backup API (consistent even with
 * changes still in the WAL, unlike a file copy), under a temporary name that becomes the
 * backup's name only once the copy is complete. If it fails, nothing may be migrated: the
 * caller gets a ServiceError and the partial copy is removed.
 */
export async function backupBeforeMigration(
  db: Database.Database,
  filePath: string,
  targetVersion: number,
  now: Date,
): Promise<string> {
  const destination = backupPathFor(filePath, targetVersion, now);
  const partial = partialPathFor(destination);
  try {
    // One left by an earlier backup cut short at this very second is incomplete: start afresh.
    removeWithSidecars(partial);
    await db.backup(partial);
    fs.renameSync(partial, destination);
    return destination;
  } catch (error) {
    removeWithSidecars(partial);
    console.error('Backup before migration failed:', error);
    throw new ServiceError(
      'INTERNAL',
      `Sourcebook needs to upgrade “${path.basename(filePath)}” to schema ${targetVersion} and could not first save a backup next to it (${(error as Error).message}). The file was not upgraded or changed. Free some disk space or check the folder, then open it again.`,
    );
  }
}
