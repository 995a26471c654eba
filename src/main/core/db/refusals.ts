import path from 'node:path';
import { ServiceError } from '../service-error';

/**
 * Every reason an investigation file is refused, worded for the reporter: what happened, that
 * the file was left alone, and what to do next. Kept together so the wording stays consistent.
 */
const shown = (filePath: string) => `“${path.basename(filePath)}”`;

export const refuse = {
  notFound: (filePath: string) =>
    new ServiceError(
      'FILE_NOT_FOUND',
      `There is no file at ${filePath}. It may have been moved, renamed or deleted; choose it again where it is now.`,
    ),
  folderNotFound: (folder: string) =>
    new ServiceError(
      'FILE_NOT_FOUND',
      `The folder ${folder} does not exist, so nothing was created there. Choose an existing folder.`,
    ),
  isFolder: (filePath: string) =>
    new ServiceError(
      'FILE_NOT_SQLITE',
      `${shown(filePath)} is a folder, not an investigation file. Choose a .sourcebook file inside it.`,
    ),
  exists: (filePath: string) =>
    new ServiceError(
      'FILE_EXISTS',
      `A file named ${shown(filePath)} already exists in ${path.dirname(filePath)}. Sourcebook left it untouched; choose another name, or open that file instead.`,
    ),
  leftoverJournal: (filePath: string, sidecar: string) =>
    new ServiceError(
      'FILE_EXISTS',
      `${path.basename(sidecar)} is left over in ${path.dirname(filePath)} from an earlier database of that name. Sourcebook left it untouched; choose another name, or move that file away first.`,
    ),
  empty: (filePath: string) =>
    new ServiceError(
      'FILE_EMPTY',
      `${shown(filePath)} is empty (0 bytes), so there is no investigation in it. The file was left as it is; if you have a backup or a copy of it, open that instead.`,
    ),
  notSqlite: (filePath: string) =>
    new ServiceError(
      'FILE_NOT_SQLITE',
      `${shown(filePath)} is not a Sourcebook investigation: it does not contain a database (it may be a document or PDF that was renamed). The file was not changed.`,
    ),
  foreign: (filePath: string) =>
    new ServiceError(
      'FILE_FOREIGN_DATABASE',
      `${shown(filePath)} is a database made by another application, not a Sourcebook investigation. The file was not changed.`,
    ),
  newer: (filePath: string, fileVersion: number, knownVersion: number) =>
    new ServiceError(
      'FILE_NEWER_VERSION',
      `${shown(filePath)} was made by a newer version of Sourcebook (schema ${fileVersion}, this version knows up to ${knownVersion}). Update Sourcebook to open it; the file was not changed.`,
    ),
  readOnly: (filePath: string) =>
    new ServiceError(
      'FILE_READ_ONLY',
      `${shown(filePath)} is read-only. Sourcebook writes every change straight into the file, so it cannot open it as it is; the file was not changed. Make it writable, or copy it somewhere you can write to, and open it again.`,
    ),
  folderReadOnly: (filePath: string) =>
    new ServiceError(
      'FILE_READ_ONLY',
      `The folder ${path.dirname(filePath)} is read-only. Sourcebook keeps a journal next to ${shown(filePath)} while it is open, so it needs to write in that folder; nothing was changed. Move the file to a folder you can write to, or choose another folder.`,
    ),
  notAllowed: (filePath: string) =>
    new ServiceError(
      'FILE_READ_ONLY',
      `Sourcebook is not allowed to read ${shown(filePath)} (permission denied). Nothing was changed; check the file's permissions.`,
    ),
  locked: (filePath: string) =>
    new ServiceError(
      'FILE_LOCKED',
      `${shown(filePath)} is already open in another Sourcebook window or process. Close it there first, then open it here; the file was not changed.`,
    ),
  incomplete: (filePath: string) =>
    new ServiceError(
      'FILE_CORRUPT',
      `${shown(filePath)} looks incomplete: it is marked as a Sourcebook investigation but holds none of its content. This usually means it was copied while Sourcebook had it open, without its companion file ${shown(`${filePath}-wal`)}, where the recent changes were. Copy both files together, or close Sourcebook and copy the file again. The file was not changed.`,
    ),
  corrupt: (filePath: string, detail: string) =>
    new ServiceError(
      'FILE_CORRUPT',
      `${shown(filePath)} is damaged: its database failed an integrity check (${detail}). Sourcebook did not change it. Open a copy or a backup instead (backups sit next to the file, named “…before-v…”), and keep this file for recovery.`,
    ),
};
