import fs from 'node:fs';
import path from 'node:path';
import { SOURCEBOOK_APPLICATION_ID, sidecarPaths } from './identity';
import { refuse } from './refusals';
import { readFileHeader } from './sqlite-header';
import { isWritable } from './writability';

const errno = (error: unknown) => (error as NodeJS.ErrnoException | null)?.code;
const isMissing = (error: unknown) => errno(error) === 'ENOENT' || errno(error) === 'ENOTDIR';
const isDenied = (error: unknown) => errno(error) === 'EACCES' || errno(error) === 'EPERM';

/**
 * Everything that can be learned about a file before SQLite opens it, using plain reads only.
 * Each refusal here leaves the file and its folder exactly as they were: a foreign or damaged
 * file is never handed to SQLite, which could otherwise leave a -wal or -shm file behind.
 */
export function checkBeforeOpening(filePath: string, latestVersion: number): void {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(filePath);
  } catch (error) {
    if (isMissing(error)) throw refuse.notFound(filePath);
    if (isDenied(error)) throw refuse.notAllowed(filePath);
    throw error;
  }
  if (stat.isDirectory()) throw refuse.isFolder(filePath);
  if (stat.size === 0) throw refuse.empty(filePath);

  let header: ReturnType<typeof readFileHeader>;
  try {
    header = readFileHeader(filePath);
  } catch (error) {
    if (isDenied(error)) throw refuse.notAllowed(filePath);
    throw error;
  }
  if (header.kind === 'empty') throw refuse.empty(filePath);
  if (header.kind === 'not-sqlite') throw refuse.notSqlite(filePath);
  if (header.applicationId !== SOURCEBOOK_APPLICATION_ID) throw refuse.foreign(filePath);
  if (header.userVersion < 0) throw refuse.corrupt(filePath, `schema version ${header.userVersion}`);
  if (header.userVersion > latestVersion) {
    throw refuse.newer(filePath, header.userVersion, latestVersion);
  }
  if (!isWritable(filePath)) throw refuse.readOnly(filePath);
  // In WAL mode SQLite creates its journal beside the file, so the folder must be writable too.
  if (!isWritable(path.dirname(filePath))) throw refuse.folderReadOnly(filePath);
}

/** What must hold before a new investigation file may be created at this path. */
export function checkBeforeCreating(filePath: string): void {
  const folder = path.dirname(filePath);
  let folderStat: fs.Stats;
  try {
    folderStat = fs.statSync(folder);
  } catch (error) {
    if (isMissing(error)) throw refuse.folderNotFound(folder);
    throw error;
  }
  if (!folderStat.isDirectory()) throw refuse.folderNotFound(folder);
  if (exists(filePath)) throw refuse.exists(filePath);
  // A journal without its database would be replayed into the new file by SQLite.
  for (const sidecar of sidecarPaths(filePath)) {
    if (exists(sidecar)) throw refuse.leftoverJournal(filePath, sidecar);
  }
  if (!isWritable(folder)) throw refuse.folderReadOnly(filePath);
}

/** lstat, so that even a dangling symbolic link counts as "something is there". */
function exists(filePath: string): boolean {
  try {
    fs.lstatSync(filePath);
    return true;
  } catch (error) {
    if (isMissing(error)) return false;
    throw error;
  }
}
