import type { CitedSource, FactCheck } from '../../../../shared/domain/fact-check';
import { evidenceText, methodLabel, statusLabel } from './describe';

/**
 * The columns of the sheet as CSV and XLSX write them, in order. One table, so the two
 * spreadsheet formats cannot drift apart. Widths are in Excel's character units.
 */
export interface SheetColumn {
  header: string;
  width: number;
  value(check: FactCheck, sources: ReadonlyMap<number, CitedSource>): string | number | null;
  /** Where the cell links to in XLSX, when it is an address. */
  link?(check: FactCheck): string | null;
}

export const SHEET_COLUMNS: readonly SheetColumn[] = [
  { header: 'Claim #', width: 9, value: (c) => c.claimId },
  { header: 'Claim (exact quote)', width: 60, value: (c) => c.span.exact },
  { header: 'Speaker or asserting source', width: 28, value: (c) => c.assertedBy },
  { header: 'Claimed on', width: 12, value: (c) => c.claimedOn },
  { header: 'Status', width: 14, value: (c) => statusLabel(c) },
  { header: 'Rating', width: 14, value: (c) => c.rating?.label ?? null },
  { header: 'Evidence', width: 60, value: (c, sources) => c.evidence.map((item) => evidenceText(item, sources)).join('\n') || null },
  { header: 'Method', width: 16, value: (c) => methodLabel(c) || null },
  { header: 'Checker', width: 18, value: (c) => c.checker || null },
  { header: 'Checked on', width: 12, value: (c) => c.checkedOn },
  { header: 'Notes', width: 50, value: (c) => c.notes || null },
  { header: 'Source #', width: 9, value: (c) => c.source.id },
  { header: 'Source title', width: 36, value: (c) => c.source.title },
  { header: 'Outlet', width: 20, value: (c) => c.source.outlet },
  { header: 'Published', width: 12, value: (c) => c.source.publishedDate },
  { header: 'Source URL', width: 36, value: (c) => c.source.url, link: (c) => c.source.url },
  { header: 'Source SHA-256', width: 66, value: (c) => c.source.sha256 },
  // The W3C selectors: a reader can find the words again in the original, by position or by context.
  { header: 'Start (code points)', width: 10, value: (c) => c.span.start },
  { header: 'End (code points)', width: 10, value: (c) => c.span.end },
  { header: 'Text before', width: 30, value: (c) => c.span.prefix || null },
  { header: 'Text after', width: 30, value: (c) => c.span.suffix || null },
];

/** The sources sheet: every source a claim or its evidence cites, with the hash of its original bytes. */
export interface SourceColumn {
  header: string;
  width: number;
  value(source: CitedSource): string | number | null;
  link?(source: CitedSource): string | null;
}

export const SOURCE_COLUMNS: readonly SourceColumn[] = [
  { header: 'Source #', width: 9, value: (s) => s.id },
  { header: 'Title', width: 40, value: (s) => s.title },
  { header: 'Outlet', width: 22, value: (s) => s.outlet },
  { header: 'Authors', width: 28, value: (s) => s.authors.join('; ') || null },
  { header: 'Published', width: 12, value: (s) => s.publishedDate },
  { header: 'URL', width: 40, value: (s) => s.url, link: (s) => s.url },
  { header: 'File name', width: 28, value: (s) => s.fileName },
  { header: 'SHA-256', width: 66, value: (s) => s.sha256 },
];
