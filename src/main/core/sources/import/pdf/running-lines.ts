import type { PageLine } from './page-lines';

/** Lines examined at each edge of a page: a header and a page number above it, say. */
const EDGE_LINES = 2;
/** A line must recur at the edge of this share of pages to count as a running header or footer. */
const RECURRENCE_SHARE = 0.5;
const MIN_PAGES_FOR_RECURRENCE = 3;

const PAGE_NUMBER = [
  /^(?:page|p\.|seite|página|pagina)?\s*\d{1,4}(?:\s*(?:of|\/|von|de|sur)\s*\d{1,4})?$/i,
  /^[-–—]\s*\d{1,4}\s*[-–—]$/,
  /^[ivxlcdm]{1,7}$/i,
];

/**
 * Removes what the printer repeats on every page and the reader skips: running headers and
 * footers (the same text at the same height at the top or bottom edge of most pages, page
 * numbers aside) and bare page numbers. Only lines set no larger than the body text qualify, so a chapter heading that
 * happens to open several pages is never mistaken for a running header.
 * Pages are arrays of lines in reading order; the result keeps that order.
 */
export function dropRunningLines(pages: readonly PageLine[][], bodySize: number): PageLine[][] {
  const edgesByPage = pages.map(edgeLines);
  const pageCountByKey = new Map<string, number>();
  for (const edges of edgesByPage) {
    for (const key of new Set(edges.map(recurrenceKey))) {
      pageCountByKey.set(key, (pageCountByKey.get(key) ?? 0) + 1);
    }
  }
  const recurs = (line: PageLine) =>
    pages.length >= MIN_PAGES_FOR_RECURRENCE &&
    (pageCountByKey.get(recurrenceKey(line)) ?? 0) >= pages.length * RECURRENCE_SHARE;
  // A lone number at the edge of a one-page document may be a year or an amount.
  const isPageNumber = (line: PageLine) => pages.length >= 2 && PAGE_NUMBER.some((pattern) => pattern.test(line.text));

  return pages.map((lines) => {
    const dropped = new Set<PageLine>();
    for (const edge of [topDown(lines), topDown(lines).reverse()]) {
      for (const line of edge.slice(0, EDGE_LINES)) {
        if (line.size > bodySize * 1.05 || !(isPageNumber(line) || recurs(line))) break;
        dropped.add(line);
      }
    }
    return lines.filter((line) => !dropped.has(line));
  });
}

function topDown(lines: readonly PageLine[]): PageLine[] {
  return [...lines].sort((a, b) => b.y - a.y);
}

function edgeLines(lines: readonly PageLine[]): PageLine[] {
  const sorted = topDown(lines);
  return [...sorted.slice(0, EDGE_LINES), ...sorted.slice(-EDGE_LINES)];
}

/**
 * A running header sits at the same height on every page, while the body's first and last
 * lines move with its paragraphs; numbers (page, date) vary within one running header.
 */
function recurrenceKey(line: PageLine): string {
  return `${Math.round(line.y / 4)}|${line.text.toLowerCase().replace(/\d+/g, '#').replace(/\s+/g, ' ').trim()}`;
}
