import { escapeHtml, MEMO_CSP } from '../export/html-document';
import { isLinkable } from '../export/links';
import type { ComparisonTable, TableCell, TableRow } from './comparison-table';

const STYLE = `
body { font: 11pt/1.4 Georgia, 'Times New Roman', serif; color: #111; margin: 2em; }
h1 { font-size: 18pt; margin: 0 0 1em; }
table { border-collapse: collapse; width: 100%; table-layout: fixed; }
th, td { border: 1px solid #bbb; padding: 0.5em; vertical-align: top; text-align: left; }
th { background: #f2f2f2; }
td.reason, th.reason { width: 12%; font-size: 9pt; color: #444; }
tr.section th { background: #fff; border-left: 0; border-right: 0; padding-top: 1.5em; }
blockquote { margin: 0 0 0.4em; font-style: italic; }
.attribution, .citation { font-size: 9pt; color: #444; margin: 0; }
a { color: #0645ad; }
@media print { tr { break-inside: avoid; } }
`;

function cellHtml(cell: TableCell | null): string {
  if (!cell) return '<td></td>';
  const title = escapeHtml(cell.citation.title);
  const linked = cell.citation.url && isLinkable(cell.citation.url) ? `<a href="${escapeHtml(cell.citation.url)}">${title}</a>` : title;
  const details = cell.citationDetails ? `, ${escapeHtml(cell.citationDetails)}` : '';
  return `<td><blockquote>“${escapeHtml(cell.text)}”</blockquote>${cell.attribution ? `<p class="attribution">${escapeHtml(cell.attribution)}</p>` : ''}<p class="citation">${linked}${details}</p></td>`;
}

const rowHtml = (row: TableRow) => `<tr>${row.cells.map(cellHtml).join('')}<td class="reason">${escapeHtml(row.reason)}</td></tr>`;

/**
 * The table as one self-contained page (for saving as HTML and for printing to PDF), under the
 * memo's policy: nothing loads, nothing runs, every word from a source is escaped.
 */
export function comparisonHtml(table: ComparisonTable): string {
  const headings = `${table.headings.map((heading) => `<th>${escapeHtml(heading)}</th>`).join('')}<th class="reason">Why paired</th>`;
  const span = table.headings.length + 1;
  const unpaired = table.unpaired.length > 0 ? `<tr class="section"><th colspan="${span}">Not paired</th></tr>${table.unpaired.map(rowHtml).join('\n')}` : '';
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(MEMO_CSP)}">
<title>${escapeHtml(table.title)}</title>
<style>${STYLE}</style>
</head>
<body>
<h1>${escapeHtml(table.title)}</h1>
<table>
<thead><tr>${headings}</tr></thead>
<tbody>
${table.rows.map(rowHtml).join('\n')}
${unpaired}
</tbody>
</table>
</body>
</html>
`;
}
