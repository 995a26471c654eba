import { writeXlsx, type XlsxCell } from '../../export/xlsx';
import type { FactCheckExportData } from './export-data';
import { SHEET_COLUMNS, SOURCE_COLUMNS } from './sheet-columns';

/** The sheet as XLSX: the claims, then a second sheet of the sources with their SHA-256. */
export function factCheckXlsx(data: FactCheckExportData): Uint8Array {
  const sources = new Map(data.sources.map((source) => [source.id, source]));
  const claimRows = data.checks.map((check) =>
    SHEET_COLUMNS.map((column): XlsxCell => {
      const value = column.value(check, sources);
      const link = column.link?.(check);
      return link && typeof value === 'string' ? { text: value, link } : value;
    }),
  );
  const sourceRows = data.sources.map((source) =>
    SOURCE_COLUMNS.map((column): XlsxCell => {
      const value = column.value(source);
      const link = column.link?.(source);
      return link && typeof value === 'string' ? { text: value, link } : value;
    }),
  );
  return writeXlsx(
    [
      { name: 'Claims', columns: SHEET_COLUMNS, rows: claimRows },
      { name: 'Sources', columns: SOURCE_COLUMNS, rows: sourceRows },
    ],
    { title: `${data.investigation} — fact-check`, created: data.exportedAt },
  );
}
