import { describe, expect, it } from 'vitest';
import type { PageLine } from './page-lines';
import { dropRunningLines } from './running-lines';

function line(text: string, y: number, size = 10): PageLine {
  return { text, x: 72, y, size };
}

function reportPage(n: number): PageLine[] {
  // The body ends at a different height on each page, as paragraphs fall.
  return [line('Harbour Authority — Annual Review 2024', 760, 8), line(`Chapter ${n}`, 700, 18), line(`Body text of page ${n}.`, 400 - n * 30), line(`Page ${n} of 5`, 40, 8)];
}

describe('dropRunningLines', () => {
  it('drops a header repeated on most pages and the page numbers, but not a recurring heading', () => {
    const pages = [1, 2, 3, 4, 5].map(reportPage);
    expect(dropRunningLines(pages, 10).map((lines) => lines.map((l) => l.text))).toEqual(
      [1, 2, 3, 4, 5].map((n) => [`Chapter ${n}`, `Body text of page ${n}.`]),
    );
  });

  it('keeps edge lines that do not recur, or recur at different heights', () => {
    const pages = [
      [line('Introduction', 760), line('See above.', 700)],
      [line('Method', 760), line('See above.', 600)],
      [line('Results', 760), line('See above.', 500)],
    ];
    expect(dropRunningLines(pages, 10)).toEqual(pages);
  });

  it('keeps a lone number on a one-page document, which may be a year', () => {
    const pages = [[line('Founded in', 700), line('1998', 40)]];
    expect(dropRunningLines(pages, 10)).toEqual(pages);
  });

  it('drops bare and dashed page numbers in a two-page document', () => {
    const pages = [
      [line('First page text.', 700), line('- 1 -', 40)],
      [line('ii', 760), line('Second page text.', 700)],
    ];
    expect(dropRunningLines(pages, 10).flat().map((l) => l.text)).toEqual(['First page text.', 'Second page text.']);
  });
});
