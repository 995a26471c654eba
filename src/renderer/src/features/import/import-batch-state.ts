import type { ImportResult, ImportStatus } from '../../../../shared/domain/import';

export type RowStatus = 'waiting' | 'uploading' | ImportStatus;

export interface ImportRow {
  name: string;
  status: RowStatus;
  message?: string;
  sourceId?: number;
  title?: string;
}

export interface ImportBatch {
  taskId: string;
  phase: 'uploading' | 'importing' | 'finished';
  rows: ImportRow[];
  /** Which row each item sent to sources.import is: rows refused before sending are skipped. */
  sentIndexes?: number[];
  /** Set when the whole batch failed (the investigation closed, the connection dropped). */
  error?: string;
  cancelRequested: boolean;
}

export function isSettled(status: RowStatus): boolean {
  return status !== 'waiting' && status !== 'uploading';
}

/** How many rows are done, for the progress bar. */
export function settledCount(batch: ImportBatch): number {
  return batch.rows.filter((row) => isSettled(row.status)).length;
}

export function withResult(batch: ImportBatch, index: number, result: ImportResult): ImportBatch {
  const rows = batch.rows.slice();
  rows[index] = { ...rows[index]!, ...result };
  return { ...batch, rows };
}

/** "3 imported · 1 already in the investigation · 2 failed", in that order, without zeros. */
export function summarise(rows: ImportRow[]): string {
  const count = (status: RowStatus) => rows.filter((row) => row.status === status).length;
  const parts = [
    [count('imported'), 'imported'],
    [count('duplicate'), 'already in the investigation'],
    [count('failed'), 'failed'],
    [count('cancelled'), 'cancelled'],
  ] as const;
  const text = parts.filter(([n]) => n > 0).map(([n, label]) => `${n} ${label}`);
  return text.length > 0 ? text.join(' · ') : 'Nothing imported';
}
