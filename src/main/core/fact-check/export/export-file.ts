import type { ExportedFile, FactCheckExportFormat } from '../../../../shared/domain/fact-check';
import { writeDocx } from '../../export/docx';
import { writeHtmlDocument } from '../../export/html-document';
import { writeMarkdown } from '../../export/markdown';
import { ServiceError } from '../../service-error';
import { claimReviews } from './claim-review';
import { factCheckCsv } from './csv-export';
import type { FactCheckExportData } from './export-data';
import { factCheckMemo } from './memo';
import { factCheckXlsx } from './xlsx-export';

export type PrintToPdf = (html: string, options?: { signal?: AbortSignal }) => Promise<Uint8Array>;

const base64 = (bytes: Uint8Array) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64');

/** A file name every system accepts: the investigation's name without the characters Windows refuses. */
export function exportBaseName(investigation: string): string {
  return `${investigation} fact-check`.replace(/[\\/:*?"<>|\u0000-\u001f]+/g, '-').trim();
}

/** The sheet in one format, as a file the renderer saves: text as is, binary formats in base64. */
export async function exportFactCheckFile(
  data: FactCheckExportData,
  format: FactCheckExportFormat,
  printToPdf?: PrintToPdf,
  signal?: AbortSignal,
): Promise<ExportedFile> {
  const name = exportBaseName(data.investigation);
  switch (format) {
    case 'csv':
      return { fileName: `${name}.csv`, mimeType: 'text/csv;charset=utf-8', encoding: 'utf-8', content: factCheckCsv(data) };
    case 'xlsx':
      return {
        fileName: `${name}.xlsx`,
        mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        encoding: 'base64',
        content: base64(factCheckXlsx(data)),
      };
    case 'docx':
      return {
        fileName: `${name}.docx`,
        mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
        encoding: 'base64',
        content: base64(writeDocx(factCheckMemo(data))),
      };
    case 'pdf': {
      if (!printToPdf) throw new ServiceError('UNSUPPORTED', 'This copy of Sourcebook cannot print to PDF. Export the memo as DOCX or Markdown instead.');
      return { fileName: `${name}.pdf`, mimeType: 'application/pdf', encoding: 'base64', content: base64(await printToPdf(writeHtmlDocument(factCheckMemo(data)), signal ? { signal } : {})) };
    }
    case 'markdown':
      return { fileName: `${name}.md`, mimeType: 'text/markdown;charset=utf-8', encoding: 'utf-8', content: writeMarkdown(factCheckMemo(data)) };
    case 'claimreview':
      return { fileName: `${name}.claimreview.jsonld`, mimeType: 'application/ld+json', encoding: 'utf-8', content: `${JSON.stringify(claimReviews(data), null, 2)}\n` };
  }
}
