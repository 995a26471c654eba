import fs from 'node:fs/promises';
import path from 'node:path';
import { formatByteLimit, MAX_SOURCE_FILE_BYTES, type ImportItem } from '../../../../shared/domain/import';
import type { GrantedPaths } from './granted-paths';
import type { StagingArea } from './staging-area';
import { ImportRefusal } from './types';

/** An item made concrete: the bytes that become the source's original, and what to call it. */
export interface ResolvedItem {
  /** Shown in the import summary. */
  name: string;
  /** Stored with the source; none for a paste. */
  fileName: string | null;
  bytes: Uint8Array;
  paste?: { html?: string; text?: string };
}

export const PASTE_NAME = 'Pasted text';

/** The name a reporter sees for an item before it is read (for progress and summaries). */
export function nameOfItem(item: ImportItem, staging: StagingArea): string {
  if (item.kind === 'paste') return PASTE_NAME;
  if (item.kind === 'path') return path.basename(item.path);
  return staging.peekName(item.stagedId) ?? 'Uploaded file';
}

export async function resolveItem(item: ImportItem, deps: { staging: StagingArea; grantedPaths: GrantedPaths }): Promise<ResolvedItem> {
  switch (item.kind) {
    case 'paste': {
      // The original evidence is what was pasted: the rich version when there is one.
      const original = item.html?.trim() ? item.html : (item.text ?? '');
      return { name: PASTE_NAME, fileName: null, bytes: Buffer.from(original, 'utf8'), paste: { html: item.html, text: item.text } };
    }
    case 'staged': {
      const staged = deps.staging.take(item.stagedId);
      if (!staged) {
        throw new ImportRefusal('unreadable', 'The upload of this file expired before it was imported; import it again.');
      }
      return { name: staged.name, fileName: staged.name, bytes: staged.bytes };
    }
    case 'path': {
      const name = path.basename(item.path);
      if (!deps.grantedPaths.consume(item.path)) {
        throw new ImportRefusal('unreadable', `“${name}” was not chosen in the file dialog, so Sourcebook did not read it. Choose it with Import files.`);
      }
      return { name, fileName: name, bytes: await readBounded(item.path, name) };
    }
  }
}

/**
 * Reads a chosen file, never more than the limit: the size is checked first, and the read
 * stops one byte past the limit in case the file grew in between.
 */
async function readBounded(filePath: string, name: string): Promise<Uint8Array> {
  let handle: fs.FileHandle | undefined;
  try {
    handle = await fs.open(filePath, 'r');
    const stat = await handle.stat();
    if (!stat.isFile()) throw new ImportRefusal('unreadable', `“${name}” is a folder, not a file.`);
    if (stat.size > MAX_SOURCE_FILE_BYTES) throw tooLarge(name, stat.size);
    const buffer = Buffer.alloc(Math.min(stat.size, MAX_SOURCE_FILE_BYTES) + 1);
    let filled = 0;
    for (;;) {
      const { bytesRead } = await handle.read(buffer, filled, buffer.length - filled, filled);
      if (bytesRead === 0) break;
      filled += bytesRead;
      if (filled === buffer.length) {
        if (filled > MAX_SOURCE_FILE_BYTES) throw tooLarge(name, filled);
        break;
      }
    }
    return buffer.subarray(0, filled);
  } catch (error) {
    if (error instanceof ImportRefusal) throw error;
    throw new ImportRefusal('unreadable', `“${name}” could not be read: ${describeFsError(error)}.`);
  } finally {
    await handle?.close();
  }
}

export function tooLarge(name: string, size: number): ImportRefusal {
  return new ImportRefusal(
    'too-large',
    `“${name}” is ${formatByteLimit(size)}; Sourcebook imports files up to ${formatByteLimit(MAX_SOURCE_FILE_BYTES)}. Split it, or save only the part you need.`,
  );
}

function describeFsError(error: unknown): string {
  const code = (error as { code?: string }).code;
  if (code === 'ENOENT') return 'it is no longer there';
  if (code === 'EACCES' || code === 'EPERM') return 'permission was denied';
  return error instanceof Error ? error.message : String(error);
}
