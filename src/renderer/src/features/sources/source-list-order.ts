import { describeFileType } from '../../ui/describe-file';
import type { SourceSummary } from '../../../../shared/domain/source';

export type SortKey = 'title' | 'outlet' | 'publishedDate' | 'type' | 'wordCount' | 'annotationCount' | 'importedAt';
export type SortDirection = 'ascending' | 'descending';
export interface SortOrder {
  key: SortKey;
  direction: SortDirection;
}

/** The type column: the original's kind, and whether it was pasted rather than a file. */
export function typeLabel(source: Pick<SourceSummary, 'mimeType' | 'fileName'>): string {
  if (source.fileName !== null) return describeFileType(source.mimeType);
  return source.mimeType === 'text/html' ? 'Pasted rich text' : 'Pasted text';
}

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

/** Empty values go last whichever way the column is sorted: they are not "smallest". */
function compareNullable<T>(a: T | null, b: T | null, compare: (a: T, b: T) => number, direction: SortDirection): number {
  if (a === null || a === '') return b === null || b === '' ? 0 : 1;
  if (b === null || b === '') return -1;
  const order = compare(a, b);
  return direction === 'ascending' ? order : -order;
}

export function sortSources(sources: SourceSummary[], order: SortOrder): SourceSummary[] {
  const text = (a: string, b: string) => collator.compare(a, b);
  const number = (a: number, b: number) => a - b;
  const valueOf = (source: SourceSummary): string | number | null => {
    switch (order.key) {
      case 'title':
        return source.title;
      case 'outlet':
        return source.outlet;
      case 'publishedDate':
        return source.publishedDate;
      case 'type':
        return typeLabel(source);
      case 'wordCount':
        return source.wordCount;
      case 'annotationCount':
        return source.annotationCount;
      case 'importedAt':
        return source.importedAt;
    }
  };
  return sources
    .map((source, index) => ({ source, index }))
    .sort((a, b) => {
      const va = valueOf(a.source);
      const vb = valueOf(b.source);
      const order1 =
        typeof va === 'number' || typeof vb === 'number'
          ? compareNullable(va as number | null, vb as number | null, number, order.direction)
          : compareNullable(va, vb, text, order.direction);
      // Ties keep the list's own order (newest import first), so the table never jitters.
      return order1 !== 0 ? order1 : a.index - b.index;
    })
    .map(({ source }) => source);
}

/** Lower case without accents, so "jose" finds "José" and "MULLER" finds "Müller". */
export function foldForSearch(text: string): string {
  return text.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLowerCase();
}

/** Every word of the filter must appear in the title, outlet, authors, file name or URL. */
export function filterSources(sources: SourceSummary[], query: string): SourceSummary[] {
  const words = foldForSearch(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return sources;
  return sources.filter((source) => {
    const haystack = foldForSearch(
      [source.title, source.outlet, ...source.authors, source.fileName, source.url, source.description].filter(Boolean).join(' \u0000 '),
    );
    return words.every((word) => haystack.includes(word));
  });
}
