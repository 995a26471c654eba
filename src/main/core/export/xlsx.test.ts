import ExcelJS from 'exceljs';
import { unzipSync, strFromU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { columnName, MAX_CELL_LENGTH, writeXlsx, type XlsxSheet } from './xlsx';

async function readBack(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return workbook;
}

const SHEET: XlsxSheet = {
  name: 'Claims',
  columns: [
    { header: 'Claim', width: 50 },
    { header: 'Start', width: 8 },
    { header: 'URL', width: 30 },
  ],
  rows: [
    ['Zürich, 北京, Škoda 🚀', 12, { text: 'https://example.org/a?b=1&c=2', link: 'https://example.org/a?b=1&c=2' }],
    ['two\r\nlines\tand a tab', -3, { text: 'javascript:alert(1)', link: 'javascript:alert(1)' }],
    [null, undefined, ''],
  ],
};

describe('writeXlsx', () => {
  it('names columns as Excel does', () => {
    expect([0, 25, 26, 51, 52, 701, 702].map(columnName)).toEqual(['A', 'Z', 'AA', 'AZ', 'BA', 'ZZ', 'AAA']);
  });

  it('is read back with a frozen bold header, widths, text and numbers as written, and web links only', async () => {
    const workbook = await readBack(writeXlsx([SHEET, { name: 'Sources: [all]', columns: [{ header: 'SHA-256', width: 66 }], rows: [['ab'.repeat(32)]] }], { title: 'Test', created: new Date('2026-03-12T10:00:00Z') }));
    const sheet = workbook.getWorksheet('Claims')!;
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.getRow(1).values).toEqual([undefined, 'Claim', 'Start', 'URL']);
    expect(sheet.getCell('A1').font?.bold).toBe(true);
    expect(sheet.getColumn(1).width).toBe(50);
    expect(sheet.getCell('A2').value).toBe('Zürich, 北京, Škoda 🚀');
    expect(sheet.getCell('B2').value).toBe(12);
    expect(sheet.getCell('C2').value).toEqual({ text: 'https://example.org/a?b=1&c=2', hyperlink: 'https://example.org/a?b=1&c=2' });
    expect(sheet.getCell('A3').value).toBe('two\r\nlines\tand a tab');
    expect(sheet.getCell('B3').value).toBe(-3);
    expect(sheet.getCell('C3').value).toBe('javascript:alert(1)');
    expect(sheet.getCell('A4').value).toBe(null);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['Claims', 'Sources   all ']);
    expect(workbook.title).toBe('Test');
  });

  it.each(['=1+1', '+44 20', '-2', '@SUM(A1)', '\tcmd', '\rcmd', '=HYPERLINK("http://evil.example","x")'])(
    'writes %j as neutralized text, never as a formula',
    async (text) => {
      const bytes = writeXlsx([{ name: 'S', columns: [{ header: 'x', width: 10 }], rows: [[text]] }], { title: 't', created: new Date(0) });
      const sheetXml = strFromU8(unzipSync(bytes)['xl/worksheets/sheet1.xml']!);
      expect(sheetXml).not.toMatch(/<f>|t="str"/);
      const cell = (await readBack(bytes)).getWorksheet('S')!.getCell('A2');
      expect(cell.type).toBe(ExcelJS.ValueType.String);
      expect(cell.value).toBe(`'${text}`);
    },
  );

  it('cuts text longer than a cell holds, and drops characters XML cannot carry', async () => {
    const long = '🚀'.repeat(MAX_CELL_LENGTH);
    const bytes = writeXlsx([{ name: 'S', columns: [{ header: 'x', width: 10 }], rows: [[long], ['bell\u0007 and NUL\u0000 gone']] }], { title: 't', created: new Date(0) });
    const sheet = (await readBack(bytes)).getWorksheet('S')!;
    const cut = sheet.getCell('A2').value as string;
    expect(cut.length).toBeLessThanOrEqual(MAX_CELL_LENGTH);
    expect(cut).toMatch(/^(🚀)+ … \[cut: longer than a spreadsheet cell holds\]$/u);
    expect(sheet.getCell('A3').value).toBe('bell and NUL gone');
  });
});
