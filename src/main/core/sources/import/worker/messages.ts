import type { ParseJob } from '../document-parser';
import type { ParsedDocument, RefusalReason } from '../types';

/** What the import worker is asked and answers; both sides are in this process's build. */
export interface WorkerRequest {
  id: number;
  job: ParseJob;
}

export type WorkerResponse =
  | { id: number; ok: true; document: ParsedDocument }
  | { id: number; ok: false; refusal: { reason: RefusalReason; message: string } }
  | { id: number; ok: false; error: string };
