import type { BuiltComparison, ComparisonExportFormat } from '../../../shared/domain/comparison';
import type { ExportedFile } from '../../../shared/domain/fact-check';
import { writeDocx } from '../export/docx';
import type { PrintToPdf } from '../fact-check/export/export-file';
import { ServiceError } from '../service-error';
import { comparisonDocument } from './comparison-document';
import { comparisonTable } from './comparison-table';
import { comparisonHtml } from './export-html';
import { comparisonMarkdown } from './export-markdown';

const base64 = (bytes: Uint8Array) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64');

/** A file name every system accepts: the comparison's name without the characters Windows refuses. */
export function comparisonFileName(name: string): string {
  return name.replace(/[\\/:*?"<>|\u0000-\u001f]+/g, '-').trim() || 'Comparison';
}

/** The comparison as a side-by-side table in one format, as a file the renderer saves. */
export async function exportComparison(name: string, built: BuiltComparison, format: ComparisonExportFormat, printToPdf?: PrintToPdf, signal?: AbortSignal): Promise<ExportedFile> {
  const table = comparisonTable(name, built);
  const base = comparisonFileName(name);
  switch (format) {
    case 'html':
      return { fileName: `${base}.html`, mimeType: 'text/html;charset=utf-8', encoding: 'utf-8', content: comparisonHtml(table) };
    case 'markdown':
      return { fileName: `${base}.md`, mimeType: 'text/markdown;charset=utf-8', encoding: 'utf-8', content: comparisonMarkdown(table) };
    case 'docx':
      return { fileName: `${base}.docx`, mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', encoding: 'base64', content: base64(writeDocx(comparisonDocument(table))) };
    case 'pdf': {
      if (!printToPdf) throw new ServiceError('UNSUPPORTED', 'This copy of Sourcebook cannot print to PDF. Export the comparison as HTML or Markdown instead.');
      const bytes = await printToPdf(comparisonHtml(table), { signal });
      return { fileName: `${base}.pdf`, mimeType: 'application/pdf', encoding: 'base64', content: base64(bytes) };
    }
  }
}
