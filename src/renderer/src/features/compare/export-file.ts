import type { ComparisonExportFormat, ComparisonSpec } from '../../../../shared/domain/comparison';
import type { ApiClient } from '../../api/client';
import { newTaskId } from '../../app/tasks';
import { saveFile } from '../../ui/save-file';
import { exportedBlob } from '../fact-check/export-file';

export const COMPARE_EXPORT_FORMATS: ReadonlyArray<{ format: ComparisonExportFormat; label: string; hint: string }> = [
  { format: 'html', label: 'Web page (HTML)', hint: 'The side-by-side table, opens in any browser' },
  { format: 'pdf', label: 'PDF', hint: 'The same table, ready to print' },
  { format: 'docx', label: 'Word document (DOCX)', hint: 'Side by side, each statement with its citation' },
  { format: 'markdown', label: 'Markdown', hint: 'A plain-text table' },
];

/** Asks the services for the comparison as a file in `format` (progress and cancel in the status area), and offers it to save. */
export async function exportComparison(api: ApiClient, spec: ComparisonSpec, name: string, format: ComparisonExportFormat): Promise<void> {
  const file = await api.call('compare.export', { ...spec, name, format, taskId: newTaskId() });
  saveFile(file.fileName, exportedBlob(file));
}

/** Asks the Compare view to open its Export menu (the palette's command). */
export const COMPARE_EXPORT_EVENT = 'sourcebook:compare-export';
let exportRequested = false;

export function requestCompareExport(): void {
  exportRequested = true;
  // The view may not be showing yet: it takes the request when its menu mounts.
  window.dispatchEvent(new Event(COMPARE_EXPORT_EVENT));
}

export function takeCompareExportRequest(): boolean {
  const requested = exportRequested;
  exportRequested = false;
  return requested;
}
