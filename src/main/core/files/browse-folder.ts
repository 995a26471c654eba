import fs from 'node:fs';
import path from 'node:path';
import type { FolderEntry } from '../../../shared/contract/methods/files';
import { INVESTIGATION_EXTENSION } from '../../../shared/domain/investigation';
import { ServiceError } from '../service-error';

const MAX_ENTRIES = 2000;

/**
 * What the in-app file chooser shows (server mode has no system dialog): the sub-folders and
 * investigation files of one folder, folders first, by name. Hidden entries and SQLite's
 * -wal/-shm companions are left out; pre-upgrade backups are listed, since opening one is how
 * a reporter recovers.
 */
export function browseFolder(folder: string): { folder: string; parent: string | null; entries: FolderEntry[] } {
  const resolved = path.resolve(folder);
  let dirents: fs.Dirent[];
  try {
    dirents = fs.readdirSync(resolved, { withFileTypes: true });
  } catch (error) {
    throw explain(error, resolved);
  }
  const entries: FolderEntry[] = [];
  for (const dirent of dirents) {
    if (dirent.name.startsWith('.')) continue;
    const entryPath = path.join(resolved, dirent.name);
    const kind = kindOf(dirent, entryPath);
    if (!kind) continue;
    entries.push({ name: dirent.name, path: entryPath, kind, modifiedAt: modifiedAt(entryPath) });
    if (entries.length >= MAX_ENTRIES) break;
  }
  entries.sort((a, b) => (a.kind === b.kind ? a.name.localeCompare(b.name) : a.kind === 'folder' ? -1 : 1));
  const parent = path.dirname(resolved);
  return { folder: resolved, parent: parent === resolved ? null : parent, entries };
}

function kindOf(dirent: fs.Dirent, entryPath: string): FolderEntry['kind'] | null {
  // Follow links so a linked folder or file behaves like the real one; a broken link is skipped.
  let stats: { isDirectory(): boolean; isFile(): boolean };
  try {
    stats = dirent.isSymbolicLink() ? fs.statSync(entryPath) : dirent;
  } catch {
    return null;
  }
  if (stats.isDirectory()) return 'folder';
  if (stats.isFile() && dirent.name.toLowerCase().endsWith(INVESTIGATION_EXTENSION)) return 'investigation';
  return null;
}

function modifiedAt(entryPath: string): string | null {
  try {
    return fs.statSync(entryPath).mtime.toISOString();
  } catch {
    return null;
  }
}

function explain(error: unknown, folder: string): ServiceError {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return new ServiceError('FILE_NOT_FOUND', `There is no folder at ${folder}.`);
  if (code === 'ENOTDIR') return new ServiceError('FILE_NOT_FOUND', `${folder} is a file, not a folder.`);
  if (code === 'EACCES' || code === 'EPERM') {
    return new ServiceError('FILE_READ_ONLY', `Sourcebook is not allowed to look inside ${folder}.`);
  }
  return new ServiceError('INTERNAL', `The folder ${folder} could not be read (${code ?? 'unknown error'}).`);
}
