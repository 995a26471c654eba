import { parseDocx } from './docx/parse-docx';
import type { DocumentParser, ParseJob } from './document-parser';
import { parseHtml } from './html/parse-html';
import { parsePaste } from './html/parse-paste';
import { parsePdf } from './pdf/parse-pdf';
import { parseMarkdown } from './text/parse-markdown';
import { parsePlainText } from './text/parse-plain-text';
import type { ParsedDocument } from './types';

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

/** For tests and tools: no isolation and no time bound. */
export const inProcessParser: DocumentParser = {
  parse: (job, { signal }) => parseDocument(job, signal),
  dispose: async () => {},
};
