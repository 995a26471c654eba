import { parseDocx } from './docx/parse-docx';
import type { DocumentFormat } from './detect-format';
import { parseHtml } from './html/parse-html';
import { parsePaste } from './html/parse-paste';
import { parsePdf } from './pdf/parse-pdf';
import { parseMarkdown } from './text/parse-markdown';
import { parsePlainText } from './text/parse-plain-text';
import type { ParsedDocument } from './types';

/** One document to read: a file's bytes in a known format, or the two flavours of a paste. */
export type ParseJob =
  | { format: DocumentFormat; bytes: Uint8Array; fileName: string }
  | { format: 'paste'; html?: string; text?: string };

/** Reads one document with the importer for its format. Throws ImportRefusal for bad input. */
export async function parseDocument(job: ParseJob, signal?: AbortSignal): Promise<ParsedDocument> {
  switch (job.format) {
    case 'paste':
      return parsePaste({ html: job.html, text: job.text });
    case 'html':
      return parseHtml(job.bytes, { fileName: job.fileName });
    case 'text':
      return parsePlainText(job.bytes, { fileName: job.fileName });
    case 'markdown':
      return parseMarkdown(job.bytes, { fileName: job.fileName });
    case 'docx':
      return parseDocx(job.bytes);
    case 'pdf':
      return parsePdf(job.bytes, signal ? { signal } : {});
  }
}

/** Reads documents; the app does it in a worker thread, tests may do it in-process. */
export interface DocumentParser {
  parse(job: ParseJob, options: { signal: AbortSignal }): Promise<ParsedDocument>;
  /** Gets ready for documents that are about to come (an upload has started). */
  warm?(): void;
  dispose(): Promise<void>;
}

/** For tests and tools: no isolation and no time bound. */
export const inProcessParser: DocumentParser = {
  parse: (job, { signal }) => parseDocument(job, signal),
  dispose: async () => {},
};
