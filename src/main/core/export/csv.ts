/**
 * CSV as RFC 4180 writes it, for spreadsheet programs: CRLF between records, a field quoted
 * when it holds a comma, a quote, a line break or edge spaces, quotes inside doubled, and
 * UTF-8 with a byte-order mark (without it, Excel reads UTF-8 as the system's code page and
 * "Zürich" comes out as "ZÃ¼rich").
 */

export type CsvValue = string | number | null | undefined;

/**
 * A text that a spreadsheet would run as a formula (=, +, -, @ first; tab and carriage return
 * first too, which some programs strip before looking) gets a leading apostrophe, as OWASP
 * advises: the sheet then shows the text instead of evaluating it. Numbers are data, left as is.
 */
export function neutralizeFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

export function csvCell(value: CsvValue): string {
  if (value === undefined || value === null) return '';
  const text = typeof value === 'number' ? String(value) : neutralizeFormula(value);
  return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}

/** A whole CSV file: BOM, records joined by CRLF, and a CRLF after the last one. */
export function toCsv(rows: ReadonlyArray<ReadonlyArray<CsvValue>>): string {
  return `\uFEFF${rows.map((cells) => cells.map(csvCell).join(',')).join('\r\n')}\r\n`;
}
