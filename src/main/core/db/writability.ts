import fs from 'node:fs';

/**
 * Whether Sourcebook may write this file or folder.
 *
 * `fs.access(W_OK)` alone is not enough: for root (and for administrators on some systems) it
 * succeeds whatever the permission bits say, yet a file nobody may write (`chmod a-w`, or
 * "Locked"/"Read-only" in a file manager) was made read-only on purpose and must be treated so.
 * So a path with no write bit at all also counts as read-only.
 *
 * Windows folders are the exception: Explorer sets the read-only attribute on folders such as
 * Documents only to mark them as customised, and it never prevents writing inside them.
 */
export function isWritable(path: string, platform: NodeJS.Platform = process.platform): boolean {
  try {
    fs.accessSync(path, fs.constants.W_OK);
  } catch {
    return false;
  }
  const stat = fs.statSync(path);
  if (stat.isDirectory() && platform === 'win32') return true;
  return (stat.mode & 0o222) !== 0;
}
