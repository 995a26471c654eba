import type { ExportedFile, FactCheckExportFormat } from '../../../../shared/domain/fact-check';
import type { ApiClient } from '../../api/client';
import { newTaskId } from '../../app/tasks';
import { saveFile } from '../../ui/save-file';

export const EXPORT_FORMATS: ReadonlyArray<{ format: FactCheckExportFormat; label: string; hint: string }> = [
  { format: 'csv', label: 'CSV spreadsheet', hint: 'Opens in any spreadsheet program' },
  { format: 'xlsx', label: 'Excel workbook (XLSX)', hint: 'With the sources and their fingerprints on a second sheet' },
  { format: 'docx', label: 'Word memo (DOCX)', hint: 'Each claim with its citation, verdict, evidence and notes' },
  { format: 'pdf', label: 'PDF memo', hint: 'The same memo, ready to print' },
  { format: 'markdown', label: 'Markdown', hint: 'Plain text with light formatting' },
  { format: 'claimreview', label: 'ClaimReview JSON-LD', hint: 'schema.org reviews of the checked claims, for publishing' },
];

/** The bytes of an exported file: text as it is, binary formats decoded from base64. */
export function exportedBlob(file: ExportedFile): Blob {
  if (file.encoding === 'utf-8') return new Blob([file.content], { type: file.mimeType });
  const binary = atob(file.content);
  const bytes = new Uint8Array(binary.length);
  for (let index = 0; index < binary.length; index++) bytes[index] = binary.charCodeAt(index);
  return new Blob([bytes], { type: file.mimeType });
}

/**
 * Asks the services for the sheet in `format` (every claim, or `claimIds` in that order), with
 * progress and cancel in the status area, and offers the file to save.
 */
export async function exportFactCheck(api: ApiClient, format: FactCheckExportFormat, claimIds?: readonly number[]): Promise<void> {
  const file = await api.call('factCheck.export', { format, taskId: newTaskId(), ...(claimIds ? { claimIds: [...claimIds] } : {}) });
  saveFile(file.fileName, exportedBlob(file));
}

/** Asks the Fact-check view to open its Export menu (the File menu's and the palette's command). */
export const FACT_CHECK_EXPORT_EVENT = 'sourcebook:fact-check-export';
let exportRequested = false;

export function requestFactCheckExport(): void {
  exportRequested = true;
  // The view may not be showing yet: it takes the request when its menu mounts.
  window.dispatchEvent(new Event(FACT_CHECK_EXPORT_EVENT));
}

export function takeFactCheckExportRequest(): boolean {
  const requested = exportRequested;
  exportRequested = false;
  return requested;
}
