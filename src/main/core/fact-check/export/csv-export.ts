import { toCsv } from '../../export/csv';
import type { FactCheckExportData } from './export-data';
import { SHEET_COLUMNS } from './sheet-columns';

/** The sheet as CSV: one row per claim, the columns of SHEET_COLUMNS (source hash and selectors included). */
export function factCheckCsv(data: FactCheckExportData): string {
  const sources = new Map(data.sources.map((source) => [source.id, source]));
  return toCsv([SHEET_COLUMNS.map((column) => column.header), ...data.checks.map((check) => SHEET_COLUMNS.map((column) => column.value(check, sources)))]);
}
