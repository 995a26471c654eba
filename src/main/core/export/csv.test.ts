import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { csvCell, toCsv } from './csv';

describe('csvCell', () => {
  it('quotes what RFC 4180 says to quote and doubles quotes', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a, b')).toBe('"a, b"');
    expect(csvCell('say "yes"')).toBe('"say ""yes"""');
    expect(csvCell('two\r\nlines')).toBe('"two\r\nlines"');
    expect(csvCell(' padded ')).toBe('" padded "');
    expect(csvCell(2026)).toBe('2026');
    expect(csvCell(null)).toBe('');
    expect(csvCell(undefined)).toBe('');
  });

  it.each([
    ['=1+1', "'=1+1"],
    ['+44 20', "'+44 20"],
    ['-2', "'-2"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tcmd', "'\tcmd"],
    ['\rcmd', "\"'\rcmd\""],
    ['=HYPERLINK("http://evil.example")', `"'=HYPERLINK(""http://evil.example"")"`],
  ])('neutralizes %j against formula injection', (value, cell) => {
    expect(csvCell(value)).toBe(cell);
  });

  it('leaves numbers, even negative ones, as numbers', () => {
    expect(csvCell(-2)).toBe('-2');
  });
});

describe('toCsv', () => {
  it('writes a BOM, CRLF records, and reads back the same cells', () => {
    const rows = [['Claim', 'Where'], ['Zürich, 北京 and Škoda 🚀', 'line one\nline two "quoted"']];
    const csv = toCsv(rows);
    expect(csv.startsWith('\uFEFFClaim,Where\r\n')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(parse(csv, { bom: true })).toEqual(rows);
  });
});
