import type { DocumentFormat } from './detect-format';
import type { ParsedDocument } from './types';

/** One document to read: a file's bytes in a known format, or the two flavours of a paste. */
export type ParseJob =
  | { format: DocumentFormat; bytes: Uint8Array; fileName: string }
  | { format: 'paste'; html?: string; text?: string };

/**
 * Reads documents; the app does it in a worker thread, tests may do it in-process. This file
 * holds only types, so the main process can name a parser without loading jsdom, mammoth and
 * pdf.js at start-up.
 */
export interface DocumentParser {
  parse(job: ParseJob, options: { signal: AbortSignal }): Promise<ParsedDocument>;
  /** Gets ready for documents that are about to come (an upload has started). */
  warm?(): void;
  dispose(): Promise<void>;
}

/** Reads in this thread, loading the importers only when the first document arrives. */
export const lazyInProcessParser: DocumentParser = {
  async parse(job, options) {
    const { inProcessParser } = await import('./parse-document');
    return inProcessParser.parse(job, options);
  },
  dispose: async () => {},
};
