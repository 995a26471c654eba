import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { SHEET_COLUMNS, SOURCE_COLUMNS } from './sheet-columns';
import { exportFixture, expectGolden, NON_LATIN } from './test-support';
import { factCheckXlsx } from './xlsx-export';

async function workbookOf(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return workbook;
}

/** A sheet's cells as text, row by row, the way a golden file can hold them. */
function sheetText(sheet: ExcelJS.Worksheet): string {
  const lines: string[] = [];
  sheet.eachRow({ includeEmpty: false }, (row) => {
    const cells = (row.values as unknown[]).slice(1).map((value) => {
      if (value && typeof value === 'object' && 'hyperlink' in value) {
        const link = value as unknown as { text: string; hyperlink: string };
        return `[${link.text}](${link.hyperlink})`;
      }
      return value === undefined || value === null ? '' : JSON.stringify(value);
    });
    lines.push(cells.join(' | '));
  });
  return `${lines.join('\n')}\n`;
}

const col = (header: string) => SHEET_COLUMNS.findIndex((c) => c.header === header) + 1;

describe('the XLSX export', () => {
  it('reads back as the golden sheets: claims, then sources with their SHA-256', async () => {
    const workbook = await workbookOf(factCheckXlsx(await exportFixture()));
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['Claims', 'Sources']);
    expectGolden('fact-check.xlsx.claims.txt', sheetText(workbook.getWorksheet('Claims')!));
    expectGolden('fact-check.xlsx.sources.txt', sheetText(workbook.getWorksheet('Sources')!));
  });

  it('has a frozen bold header, set column widths, and links to sources', async () => {
    const data = await exportFixture();
    const workbook = await workbookOf(factCheckXlsx(data));
    for (const [name, columns] of [['Claims', SHEET_COLUMNS], ['Sources', SOURCE_COLUMNS]] as const) {
      const sheet = workbook.getWorksheet(name)!;
      expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1, topLeftCell: 'A2' });
      columns.forEach((column, i) => {
        expect(sheet.getRow(1).getCell(i + 1).value).toBe(column.header);
        expect(sheet.getRow(1).getCell(i + 1).font?.bold).toBe(true);
        expect(sheet.getColumn(i + 1).width).toBe(column.width);
      });
    }
    const claims = workbook.getWorksheet('Claims')!;
    expect(claims.getRow(2).getCell(col('Source URL')).value).toEqual({ text: 'https://ledger.example/skoda?a=1&b=2', hyperlink: 'https://ledger.example/skoda?a=1&b=2' });
    const sources = workbook.getWorksheet('Sources')!;
    expect(sources.rowCount).toBe(data.sources.length + 1);
    data.sources.forEach((source, i) => expect(sources.getRow(i + 2).getCell(SOURCE_COLUMNS.length).value).toBe(source.sha256));
  });

  it('carries each claim’s exact words, position and source hash, in every script', async () => {
    const data = await exportFixture();
    const claims = (await workbookOf(factCheckXlsx(data))).getWorksheet('Claims')!;
    data.checks.forEach((check, i) => {
      const row = claims.getRow(i + 2);
      expect(String(row.getCell(col('Claim (exact quote)')).value).replace(/^'(?=[=+\-@])/, '')).toBe(check.span.exact);
      expect(row.getCell(col('Start (code points)')).value).toBe(check.span.start);
      expect(row.getCell(col('End (code points)')).value).toBe(check.span.end);
      expect(row.getCell(col('Source SHA-256')).value).toBe(check.source.sha256);
    });
    const text = sheetText(claims);
    for (const word of NON_LATIN) expect(text).toContain(word);
  });

  it('neutralizes cells a spreadsheet would run as formulas and writes no formula at all', async () => {
    const data = await exportFixture();
    const claims = (await workbookOf(factCheckXlsx(data))).getWorksheet('Claims')!;
    const { formula, minus } = data.story.claims;
    const rowOf = (id: number) => claims.getRow(data.checks.findIndex((check) => check.claimId === id) + 2);
    expect(rowOf(formula).getCell(col('Claim (exact quote)')).value).toBe(`'=HYPERLINK("http://evil.example","click")`);
    expect(rowOf(formula).getCell(col('Checker')).value).toBe(`'@checker`);
    expect(rowOf(minus).getCell(col('Claim (exact quote)')).value).toBe(`'-5% is the figure the union gives`);
    claims.eachRow((row) =>
      row.eachCell((cell) => {
        expect(cell.type).not.toBe(ExcelJS.ValueType.Formula);
        if (typeof cell.value === 'string') expect(cell.value).not.toMatch(/^[=+\-@\t\r]/);
      }),
    );
  });
});
