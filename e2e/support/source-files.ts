import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { makeDocx, makeZipBomb } from '../../src/main/core/sources/import/test-fixtures/make-docx';
import { longPdfSpec, makePdf, makeScannedPdf } from '../../src/main/core/sources/import/test-fixtures/make-pdf';
import { xssFixturePage } from '../../src/main/core/sources/import/html/xss-payloads.fixture';

/** A saved news page with the metadata outlets publish: og tags, JSON-LD and a byline. */
export const ARTICLE_HTML = `<!doctype html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Halden Systems ends border contract | The Harbour Ledger</title>
  <meta property="og:site_name" content="The Harbour Ledger">
  <meta property="og:title" content="Halden Systems ends border contract">
  <meta property="og:url" content="https://ledger.example.com/2020/09/16/halden-contract">
  <script type="application/ld+json">
  {"@context":"https://schema.org","@type":"NewsArticle","headline":"Halden Systems ends border contract after staff revolt",
   "author":[{"@type":"Person","name":"Mireille Fontaine"}],"publisher":{"@type":"Organization","name":"The Harbour Ledger"},
   "datePublished":"2020-09-16T21:30:00-04:00"}
  </script>
</head>
<body>
  <nav><a href="/">Home</a> <a href="/world">World</a> <a href="/business">Business</a></nav>
  <article>
    <h1>Halden Systems ends border contract after staff revolt</h1>
    <p class="byline">By Mireille Fontaine</p>
    <p>Halden Systems will not renew its US$95,000 contract with the Federal Border Intelligence Agency, chief executive Dana Okafor told employees in a letter on Wednesday.</p>
    <blockquote><p>“We have heard you, and we agree,” Ms. Okafor wrote. “Our software will not be used to separate families.”</p></blockquote>
    <p>The decision followed weeks of protest inside the company, where more than 400 staff signed an open letter asking the board to end the agreement.</p>
    <h2>A contract worth more than it looked</h2>
    <p>Records obtained by The Harbour Ledger show the agency had planned to extend the deal to US$2.8-million over three years, a figure the company did not dispute.</p>
    <ul><li>2018: first pilot with the agency</li><li>2019: contract signed</li><li>2020: contract ends</li></ul>
    <p>A spokesperson for the agency said it “respects the company’s decision” and would seek another supplier.</p>
  </article>
  <aside class="related"><h3>Related</h3><a href="/other">Other story</a></aside>
  <footer>© The Harbour Ledger</footer>
</body>
</html>`;

export interface SourceFiles {
  article: string;
  memo: string;
  memoCopy: string;
  report: string;
  letter: string;
  scanned: string;
  empty: string;
  junk: string;
  photo: string;
  huge: string;
  xss: string;
  bomb: string;
}

/** Writes one file of every kind a reporter brings, good and bad, into `dir`. */
export async function writeSourceFiles(dir: string): Promise<SourceFiles> {
  const write = (name: string, bytes: string | Uint8Array) => {
    const file = path.join(dir, name);
    writeFileSync(file, bytes);
    return file;
  };
  const memoText = 'Memo to staff\n\nThe board met on Tuesday.\nIt decided to end the agreement.\n\nDana Okafor';
  return {
    article: write('halden-article.html', ARTICLE_HTML),
    memo: write('board-memo.txt', memoText),
    // The same bytes under another name: the import offers the existing source instead.
    memoCopy: write('board-memo (copy).txt', memoText),
    report: write('agency-report.pdf', await makePdf({
      title: 'Border technology procurement review',
      author: 'Office of the Inspector General',
      pages: [
        [
          { text: 'Border technology procurement review', size: 20, bold: true },
          { text: 'The agency signed 14 contracts for surveillance software between 2018 and 2020.' },
          { text: 'Halden Systems received the smallest award, worth US$95,000.' },
        ],
      ],
    })),
    letter: write('okafor-letter.docx', await makeDocx({
      title: 'Letter to employees',
      creator: 'Dana Okafor',
      blocks: [
        { style: 'Title', text: 'Letter to employees' },
        { style: 'Normal', text: 'Dear colleagues, we have decided not to renew the agency contract.' },
        { style: 'Quote', text: 'Our software will not be used to separate families.' },
      ],
    })),
    scanned: write('scanned-fax.pdf', await makeScannedPdf()),
    empty: write('empty-notes.txt', ''),
    junk: write('data-dump.txt', Buffer.from([0, 1, 2, 3, 0, 0, 255, 254, 0, 7, 8, 0, 0, 0, 9, 0].concat(Array(400).fill(0)))),
    photo: write('whiteboard.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13])),
    huge: write('full-archive.txt', Buffer.alloc(51 * 1024 * 1024, 0x61)),
    xss: write('hostile-page.html', xssFixturePage()),
    bomb: write('expenses.docx', await makeZipBomb('high-ratio')),
  };
}

/** Long reports that each take a moment to read, so an import of them can be cancelled midway. */
export function writeLongReports(dir: string, count: number, pages = 150): string[] {
  return Array.from({ length: count }, (_, index) => {
    const file = path.join(dir, `annual-report-${index + 1}.pdf`);
    writeFileSync(file, makePdf(longPdfSpec(pages + index)));
    return file;
  });
}
