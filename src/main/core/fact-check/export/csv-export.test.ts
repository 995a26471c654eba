import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { factCheckCsv } from './csv-export';
import { SHEET_COLUMNS } from './sheet-columns';
import { expectGolden, exportFixture, NON_LATIN } from './test-support';

const column = (header: string) => SHEET_COLUMNS.findIndex((c) => c.header === header);

describe('the CSV export', () => {
  it('matches the golden file', async () => {
    expectGolden('fact-check.csv', factCheckCsv(await exportFixture()));
  });

  it('is RFC 4180 with a BOM, and parses back to a row per claim with its quote, position and source hash', async () => {
    const data = await exportFixture();
    const csv = factCheckCsv(data);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    // Every line break between records is CRLF; bare LFs only inside quoted cells.
    const outsideQuotes = csv.replace(/"(?:[^"]|"")*"/g, '');
    expect(outsideQuotes).not.toMatch(/(?<!\r)\n/);
    expect(outsideQuotes.endsWith('\r\n')).toBe(true);
    const rows = parse(csv, { bom: true, relax_column_count: false }) as string[][];
    expect(rows[0]).toEqual(SHEET_COLUMNS.map((c) => c.header));
    expect(rows).toHaveLength(data.checks.length + 1);
    data.checks.forEach((check, i) => {
      const row = rows[i + 1]!;
      expect(Number(row[column('Claim #')])).toBe(check.claimId);
      expect(row[column('Claim (exact quote)')]!.replace(/^'(?=[=+\-@\t\r])/, '')).toBe(check.span.exact);
      expect(row[column('Source SHA-256')]).toBe(check.source.sha256);
      expect(Number(row[column('Start (code points)')])).toBe(check.span.start);
      expect(Number(row[column('End (code points)')])).toBe(check.span.end);
    });
    for (const word of NON_LATIN) expect(csv).toContain(word);
  });

  it('neutralizes cells that a spreadsheet would run as formulas', async () => {
    const data = await exportFixture();
    const rows = parse(factCheckCsv(data), { bom: true }) as string[][];
    const byId = new Map(rows.slice(1).map((row) => [Number(row[0]), row]));
    const { claims } = data.story;
    expect(byId.get(claims.formula)![column('Claim (exact quote)')]).toBe(`'=HYPERLINK("http://evil.example","click")`);
    expect(byId.get(claims.minus)![column('Claim (exact quote)')]).toBe(`'-5% is the figure the union gives`);
    expect(byId.get(claims.formula)![column('Checker')]).toBe(`'@checker`);
    expect(byId.get(claims.formula)![column('Notes')]).toBe(`'+1 to follow up`);
    expect(byId.get(claims.exports)![column('Evidence')]!.split('\n')[1]).toMatch(/^=cmd/);
    for (const row of rows) for (const cell of row) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
  });

  it('exports only the claims asked for, in the order asked', async () => {
    const all = await exportFixture();
    const { claims } = all.story;
    const some = await exportFixture([claims.grew, claims.doubled]);
    const rows = parse(factCheckCsv(some), { bom: true }) as string[][];
    expect(rows.slice(1).map((row) => Number(row[0]))).toEqual([claims.grew, claims.doubled]);
  });
});
