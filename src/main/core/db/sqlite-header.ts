import fs from 'node:fs';

/** The first 16 bytes of every SQLite 3 database file. */
const SQLITE_MAGIC = Buffer.from('SQLite format 3\0', 'latin1');
const HEADER_SIZE = 100;
const USER_VERSION_OFFSET = 60;
const APPLICATION_ID_OFFSET = 68;

export type FileHeader =
  | { kind: 'empty' }
  | { kind: 'not-sqlite' }
  | { kind: 'sqlite'; applicationId: number; userVersion: number };

/**
 * Reads what a file is from its first 100 bytes, with a plain read: no SQLite connection, so
 * nothing (not even a -wal or -shm file) is created next to a file that may not be ours.
 *
 * While an investigation is open (or after a crash) recent changes may still sit in its -wal
 * file, so `userVersion` can lag behind; the application id is written before the file ever
 * switches to WAL, so it is always on disk. The connection re-checks both once it holds the lock.
 */
export function readFileHeader(path: string): FileHeader {
  const header = Buffer.alloc(HEADER_SIZE);
  const fd = fs.openSync(path, 'r');
  let bytesRead: number;
  try {
    bytesRead = fs.readSync(fd, header, 0, HEADER_SIZE, 0);
  } finally {
    fs.closeSync(fd);
  }
  if (bytesRead === 0) return { kind: 'empty' };
  if (bytesRead < HEADER_SIZE || !header.subarray(0, SQLITE_MAGIC.length).equals(SQLITE_MAGIC)) {
    return { kind: 'not-sqlite' };
  }
  return {
    kind: 'sqlite',
    // Both are stored big-endian; SQLite reads user_version as a signed 32-bit integer.
    applicationId: header.readUInt32BE(APPLICATION_ID_OFFSET),
    userVersion: header.readInt32BE(USER_VERSION_OFFSET),
  };
}
