import { describe, expect, it } from 'vitest';
import type { SourceSummary } from '../../../../shared/domain/source';
import { filterSources, sortSources, typeLabel } from './source-list-order';

let nextId = 1;
function source(overrides: Partial<SourceSummary>): SourceSummary {
  return {
    id: nextId++,
    title: 'Untitled',
    outlet: null,
    authors: [],
    publishedDate: null,
    url: null,
    fileName: 'a.txt',
    mimeType: 'text/plain',
    sizeBytes: 1,
    sha256: '0'.repeat(64),
    importedAt: '2026-01-01T00:00:00.000Z',
    wordCount: 0,
    annotationCount: 0,
    description: '',
    language: null,
    ...overrides,
  };
}

describe('sortSources', () => {
  const memo = source({ title: 'memo 10', publishedDate: '2020', wordCount: 50 });
  const letter = source({ title: 'Letter', publishedDate: '2020-09-16', wordCount: 900 });
  const report = source({ title: 'memo 9', publishedDate: null, wordCount: 5 });
  const list = [memo, letter, report];

  it('sorts titles as people read them: case-insensitive, numbers by value', () => {
    expect(sortSources(list, { key: 'title', direction: 'ascending' }).map((s) => s.title)).toEqual(['Letter', 'memo 9', 'memo 10']);
  });

  it('sorts partial dates chronologically and puts unknown dates last both ways', () => {
    expect(sortSources(list, { key: 'publishedDate', direction: 'ascending' })).toEqual([memo, letter, report]);
    expect(sortSources(list, { key: 'publishedDate', direction: 'descending' })).toEqual([letter, memo, report]);
  });

  it('sorts counts as numbers', () => {
    expect(sortSources(list, { key: 'wordCount', direction: 'descending' })).toEqual([letter, memo, report]);
  });
});

describe('filterSources', () => {
  const sources = [
    source({ title: 'Halden defends contract', outlet: 'The Harbour Ledger', authors: ['José Müller'] }),
    source({ title: 'Letter to employees', fileName: 'okafor-letter.docx' }),
  ];

  it('matches every word, ignoring case and accents, across title, outlet, authors and file name', () => {
    expect(filterSources(sources, 'jose MULLER').map((s) => s.title)).toEqual(['Halden defends contract']);
    expect(filterSources(sources, 'okafor').map((s) => s.title)).toEqual(['Letter to employees']);
    expect(filterSources(sources, 'ledger letter')).toEqual([]);
    expect(filterSources(sources, '  ')).toHaveLength(2);
  });
});

describe('typeLabel', () => {
  it('names originals the way reporters do, and says when a source was pasted', () => {
    expect(typeLabel({ mimeType: 'application/pdf', fileName: 'r.pdf' })).toBe('PDF');
    expect(typeLabel({ mimeType: 'text/plain', fileName: 'memo.txt' })).toBe('Plain text');
    expect(typeLabel({ mimeType: 'text/html', fileName: null })).toBe('Pasted rich text');
    expect(typeLabel({ mimeType: 'text/plain', fileName: null })).toBe('Pasted text');
  });
});
