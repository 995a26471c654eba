import type { TimelineItem, TimelineKind } from '../../../shared/domain/timeline';
import { dateInWords } from '../analysis/suggestions/describe';
import { toCsv } from '../export/csv';
import type { SourceInfo } from './timeline-items';

/** The shared RFC 4180 writer's cell, kept here under its old name for the timeline's callers. */
export { csvCell } from '../export/csv';

/** A TimelineJS3 date: numbers as the JSON format documents them, no more precise than given. */
export interface TimelineJsDate {
  year: number;
  month?: number;
  day?: number;
}

export interface TimelineJsSlide {
  start_date?: TimelineJsDate;
  end_date?: TimelineJsDate;
  display_date?: string;
  text: { headline: string; text: string };
  group?: string;
  unique_id?: string;
}

export interface TimelineJsDocument {
  title: { text: { headline: string; text: string } };
  events: TimelineJsSlide[];
}

export type GroupBy = 'kind' | 'source';

const KIND_GROUP: Record<TimelineKind, string> = {
  event: 'Events',
  entry: 'Events',
  quote: 'Quotes',
  claim: 'Claims',
  publication: 'Publications',
};

/** TimelineJS shows headline and text as HTML: what came from imported documents must not become markup. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

function partsOf(date: string): TimelineJsDate {
  const [year, month, day] = date.split('-').map(Number);
  return { year: year!, ...(month !== undefined ? { month } : {}), ...(day !== undefined ? { day } : {}) };
}

/** "“Report”, The Ledger, 12 March 2026": the source an item was found in, as a citation names it. */
export function citation(source: SourceInfo): string {
  return [`“${source.title}”`, source.outlet, source.publishedDate ? dateInWords(source.publishedDate) : null].filter(Boolean).join(', ');
}

function groupOf(item: TimelineItem, groupBy: GroupBy, sources: ReadonlyMap<number, SourceInfo>): string {
  if (groupBy === 'kind') return KIND_GROUP[item.kind];
  if (item.sourceId === null) return 'Timeline entries';
  return sources.get(item.sourceId)?.title ?? item.sourceTitle ?? `Source #${item.sourceId}`;
}

/** The item's text as HTML paragraphs, then the source it comes from. */
function htmlText(item: TimelineItem, sources: ReadonlyMap<number, SourceInfo>): string {
  const paragraphs = item.text.split(/\n{2,}/).filter((part) => part.trim() !== '');
  const source = item.sourceId === null ? undefined : sources.get(item.sourceId);
  // A publication is its own source: its headline already is the title.
  if (source && item.kind !== 'publication') paragraphs.push(`Source: ${citation(source)}`);
  if (source && item.kind === 'publication') paragraphs.push(citation(source));
  return paragraphs.map((part) => `<p>${escapeHtml(part).replace(/\n/g, '<br>')}</p>`).join('');
}

interface ExportRow {
  start: TimelineJsDate;
  end: TimelineJsDate | null;
  displayDate: string;
  headline: string;
  text: string;
  group: string;
  id: string;
}

function exportRows(items: readonly TimelineItem[], groupBy: GroupBy, sources: ReadonlyMap<number, SourceInfo>): ExportRow[] {
  return items.map((item) => ({
    start: partsOf(item.date.startsOn),
    end: item.date.endsOn === null ? null : partsOf(item.date.endsOn),
    displayDate: item.date.label,
    headline: escapeHtml(item.headline),
    text: htmlText(item, sources),
    group: groupOf(item, groupBy, sources),
    id: item.id.replace(':', '-'),
  }));
}

function titleText(count: number, exportedOn: string): string {
  return `<p>${count} ${count === 1 ? 'item' : 'items'}, exported from Sourcebook on ${escapeHtml(dateInWords(exportedOn))}.</p>`;
}

/** The TimelineJS3 JSON format: a title slide and one slide per item. */
export function toTimelineJsJson(
  options: { title: string; items: readonly TimelineItem[]; groupBy: GroupBy; sources: ReadonlyMap<number, SourceInfo>; exportedOn: string },
): TimelineJsDocument {
  return {
    title: { text: { headline: escapeHtml(options.title), text: titleText(options.items.length, options.exportedOn) } },
    events: exportRows(options.items, options.groupBy, options.sources).map((row) => ({
      start_date: row.start,
      ...(row.end ? { end_date: row.end } : {}),
      // The label says "c." and ranges as the reporter reads them; TimelineJS would say less.
      display_date: row.displayDate,
      text: { headline: row.headline, text: row.text },
      group: row.group,
      unique_id: row.id,
    })),
  };
}

/** The columns of the TimelineJS Google Sheets template, in its order. */
export const TIMELINEJS_COLUMNS = [
  'Year', 'Month', 'Day', 'Time', 'End Year', 'End Month', 'End Day', 'End Time', 'Display Date', 'Headline', 'Text',
  'Media', 'Media Credit', 'Media Caption', 'Media Thumbnail', 'Type', 'Group', 'Background',
] as const;

/** The TimelineJS spreadsheet as CSV: a title row, then a row per item; UTF-8 with BOM, CRLF. */
export function toTimelineJsCsv(
  options: { title: string; items: readonly TimelineItem[]; groupBy: GroupBy; sources: ReadonlyMap<number, SourceInfo>; exportedOn: string },
): string {
  const rows: Array<Array<string | number | undefined>> = [[...TIMELINEJS_COLUMNS]];
  const blank = (count: number) => Array<undefined>(count).fill(undefined);
  rows.push([...blank(8), undefined, escapeHtml(options.title), titleText(options.items.length, options.exportedOn), ...blank(4), 'title', undefined, undefined]);
  for (const row of exportRows(options.items, options.groupBy, options.sources)) {
    rows.push([
      row.start.year, row.start.month, row.start.day, undefined,
      row.end?.year, row.end?.month, row.end?.day, undefined,
      row.displayDate, row.headline, row.text,
      undefined, undefined, undefined, undefined,
      undefined, row.group, undefined,
    ]);
  }
  return toCsv(rows);
}
