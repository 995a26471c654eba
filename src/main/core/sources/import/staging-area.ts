import { randomUUID } from 'node:crypto';
import { formatByteLimit, MAX_SOURCE_FILE_BYTES } from '../../../../shared/domain/import';
import { ServiceError } from '../../service-error';

interface StagedFile {
  name: string;
  bytes: Uint8Array;
  expiresAt: number;
}

export interface StagingOptions {
  /** How long an upload waits for its import. */
  ttlMs?: number;
  /** All uploads waiting at once, so a runaway client cannot fill the memory. */
  maxTotalBytes?: number;
  now?: () => number;
}

/**
 * Files uploaded by the window (server mode, drag and drop) before one sources.import call
 * imports them all: each upload is one bounded request, and the import itself can report
 * progress and be cancelled. Held in memory only briefly; what is never imported expires.
 */
export class StagingArea {
  private readonly files = new Map<string, StagedFile>();
  private readonly ttlMs: number;
  private readonly maxTotalBytes: number;
  private readonly now: () => number;

  constructor(options: StagingOptions = {}) {
    this.ttlMs = options.ttlMs ?? 10 * 60_000;
    this.maxTotalBytes = options.maxTotalBytes ?? 8 * MAX_SOURCE_FILE_BYTES;
    this.now = options.now ?? Date.now;
  }

  stage(name: string, base64: string): { stagedId: string; sizeBytes: number } {
    this.dropExpired();
    if (!/^[A-Za-z0-9+/]*={0,2}$/.test(base64) || base64.length % 4 !== 0) {
      throw new ServiceError('INVALID_PARAMS', `The upload of “${name}” was garbled (not base64); try importing it again.`);
    }
    const bytes = Buffer.from(base64, 'base64');
    if (bytes.length > MAX_SOURCE_FILE_BYTES) {
      throw new ServiceError('INVALID_PARAMS', `“${name}” is larger than ${formatByteLimit(MAX_SOURCE_FILE_BYTES)}, the most Sourcebook imports.`);
    }
    if (this.totalBytes() + bytes.length > this.maxTotalBytes) {
      throw new ServiceError('INVALID_PARAMS', 'Too many files are waiting to be imported at once; import these first, then the rest.');
    }
    const stagedId = randomUUID();
    this.files.set(stagedId, { name, bytes, expiresAt: this.now() + this.ttlMs });
    return { stagedId, sizeBytes: bytes.length };
  }

  peekName(stagedId: string): string | null {
    return this.files.get(stagedId)?.name ?? null;
  }

  /** Hands over an upload once; null when unknown or expired. */
  take(stagedId: string): { name: string; bytes: Uint8Array } | null {
    this.dropExpired();
    const file = this.files.get(stagedId);
    if (!file) return null;
    this.files.delete(stagedId);
    return { name: file.name, bytes: file.bytes };
  }

  private totalBytes(): number {
    let total = 0;
    for (const file of this.files.values()) total += file.bytes.length;
    return total;
  }

  private dropExpired(): void {
    const now = this.now();
    for (const [id, file] of this.files) if (file.expiresAt <= now) this.files.delete(id);
  }
}
