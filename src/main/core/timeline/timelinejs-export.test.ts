import { describe, expect, it } from 'vitest';
import type { TimelineItem } from '../../../shared/domain/timeline';
import { dispatch } from '../../rpc/dispatch';
import { fakeHandlers } from '../../rpc/fake-handlers';
import { investigationWith } from '../entities/test-support';
import { createTimelineHandlers } from './handlers';
import { timelineDate } from './timeline-dates';
import type { SourceInfo } from './timeline-items';
import { csvCell, TIMELINEJS_COLUMNS, toTimelineJsCsv, toTimelineJsJson } from './timelinejs-export';

/** RFC 4180, read back strictly: quoted cells with doubled quotes, CRLF between records. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (cell += '"'), i++;
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(cell), (cell = '');
    else if (c === '\r' && text[i + 1] === '\n') row.push(cell), rows.push(row), (row = []), (cell = ''), i++;
    else if (c === '\n' || c === '\r') throw new Error(`A bare line break at ${i}: records end with CRLF`);
    else cell += c;
  }
  if (cell !== '' || row.length > 0) throw new Error('The last record does not end with CRLF');
  return rows;
}

const sources = new Map<number, SourceInfo>([[1, { id: 1, title: 'Contract cancelled', outlet: 'The Ledger', authors: [], publishedDate: '2026-03-12' }]]);

const items: TimelineItem[] = [
  {
    id: 'annotation:4', kind: 'event', headline: 'The deal ran <b>years</b>', text: 'Per the “report”, "signed"\n\nSecond paragraph',
    date: timelineDate('2018', '2021', true), entityIds: [1], sourceId: 1, sourceTitle: 'Contract cancelled', annotationId: 4, entryId: null,
  },
  {
    id: 'annotation:2', kind: 'quote', headline: '=HYPERLINK("http://evil")', text: 'Dana Okafor, radio',
    date: timelineDate('2026-03-12', null, false), entityIds: [3], sourceId: 1, sourceTitle: 'Contract cancelled', annotationId: 2, entryId: null,
  },
  {
    id: 'entry:1', kind: 'entry', headline: '-5% budget, @board', text: '',
    date: timelineDate('2026-03', null, false), entityIds: [], sourceId: null, sourceTitle: null, annotationId: null, entryId: 1,
  },
];
const options = { title: 'Border contract timeline', items, groupBy: 'kind' as const, sources, exportedOn: '2026-11-28' };

describe('TimelineJS JSON', () => {
  it('has a title slide and a slide per item, dated no more precisely than given, as HTML made safe', () => {
    const json = toTimelineJsJson(options);
    expect(json.title).toEqual({ text: { headline: 'Border contract timeline', text: '<p>3 items, exported from Sourcebook on 28 November 2026.</p>' } });
    expect(json.events).toEqual([
      {
        start_date: { year: 2018 },
        end_date: { year: 2021 },
        display_date: 'c. 2018–2021',
        text: {
          headline: 'The deal ran &lt;b&gt;years&lt;/b&gt;',
          text: '<p>Per the “report”, &quot;signed&quot;</p><p>Second paragraph</p><p>Source: “Contract cancelled”, The Ledger, 12 March 2026</p>',
        },
        group: 'Events',
        unique_id: 'annotation-4',
      },
      {
        start_date: { year: 2026, month: 3, day: 12 },
        display_date: '12 March 2026',
        text: { headline: '=HYPERLINK(&quot;http://evil&quot;)', text: '<p>Dana Okafor, radio</p><p>Source: “Contract cancelled”, The Ledger, 12 March 2026</p>' },
        group: 'Quotes',
        unique_id: 'annotation-2',
      },
      { start_date: { year: 2026, month: 3 }, display_date: 'March 2026', text: { headline: '-5% budget, @board', text: '' }, group: 'Events', unique_id: 'entry-1' },
    ]);
  });

  it('groups by source when asked, the reporter’s entries in a group of their own', () => {
    expect(toTimelineJsJson({ ...options, groupBy: 'source' }).events.map((event) => event.group)).toEqual(['Contract cancelled', 'Contract cancelled', 'Timeline entries']);
  });
});

describe('TimelineJS CSV', () => {
  it('has exactly the spreadsheet’s columns, a title row and a row per item, in UTF-8 with a BOM and CRLF', () => {
    const csv = toTimelineJsCsv(options);
    expect(csv.startsWith('\uFEFFYear,Month,Day,Time,End Year,')).toBe(true);
    const rows = parseCsv(csv.slice(1));
    expect(rows[0]).toEqual([...TIMELINEJS_COLUMNS]);
    expect(rows[0]).toEqual([
      'Year', 'Month', 'Day', 'Time', 'End Year', 'End Month', 'End Day', 'End Time', 'Display Date', 'Headline', 'Text',
      'Media', 'Media Credit', 'Media Caption', 'Media Thumbnail', 'Type', 'Group', 'Background',
    ]);
    expect(rows.every((row) => row.length === 18)).toBe(true);
    const record = (row: string[]) => Object.fromEntries(TIMELINEJS_COLUMNS.map((column, index) => [column, row[index]]).filter(([, value]) => value !== ''));
    expect(rows.slice(1).map(record)).toEqual([
      { Headline: 'Border contract timeline', Text: '<p>3 items, exported from Sourcebook on 28 November 2026.</p>', Type: 'title' },
      {
        Year: '2018', 'End Year': '2021', 'Display Date': 'c. 2018–2021', Headline: 'The deal ran &lt;b&gt;years&lt;/b&gt;',
        Text: '<p>Per the “report”, &quot;signed&quot;</p><p>Second paragraph</p><p>Source: “Contract cancelled”, The Ledger, 12 March 2026</p>', Group: 'Events',
      },
      {
        Year: '2026', Month: '3', Day: '12', 'Display Date': '12 March 2026', Headline: `'=HYPERLINK(&quot;http://evil&quot;)`,
        Text: '<p>Dana Okafor, radio</p><p>Source: “Contract cancelled”, The Ledger, 12 March 2026</p>', Group: 'Quotes',
      },
      { Year: '2026', Month: '3', 'Display Date': 'March 2026', Headline: `'-5% budget, @board`, Group: 'Events' },
    ]);
  });

  it('quotes and neutralizes cells as RFC 4180 and spreadsheets need', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a, b')).toBe('"a, b"');
    expect(csvCell('say "yes"')).toBe('"say ""yes"""');
    expect(csvCell('two\r\nlines')).toBe('"two\r\nlines"');
    expect(csvCell('=1+1')).toBe("'=1+1");
    expect(csvCell('+44 20')).toBe("'+44 20");
    expect(csvCell('-2')).toBe("'-2");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('\tcmd')).toBe("'\tcmd");
    expect(csvCell('\rcmd')).toBe("\"'\rcmd\"");
    expect(csvCell(2026)).toBe('2026');
    expect(csvCell(undefined)).toBe('');
  });
});

describe('timeline.export', () => {
  it('names the file after the investigation and exports what the filters keep', async () => {
    const { db } = await investigationWith('A memo.');
    db.prepare("INSERT INTO investigation (id, name, created_at, created_by_version) VALUES (1, 'Border: contract', 'x', 'x')").run();
    const handlers = { ...fakeHandlers({}).handlers, ...createTimelineHandlers({ session: { requireDb: () => db }, emit: () => undefined }) };
    const entry = { endsOn: null, approximate: false, entityIds: [] };
    await handlers['timeline.addEntry']({ what: 'Board meets', startsOn: '2026-01-05', ...entry }, { emit: () => undefined });
    await handlers['timeline.addEntry']({ what: 'Audit', startsOn: '2025', ...entry }, { emit: () => undefined });
    const json = await dispatch(handlers, 'timeline.export', { filters: { from: '2026-01-01' }, format: 'timelinejs-json' }, { emit: () => undefined });
    expect(json).toMatchObject({ ok: true, value: { fileName: 'Border- contract timeline.json', mimeType: 'application/json' } });
    const document = JSON.parse((json as { value: { content: string } }).value.content) as ReturnType<typeof toTimelineJsJson>;
    expect(document.title.text.headline).toBe('Border: contract timeline');
    expect(document.events.map((event) => event.text.headline)).toEqual(['Board meets']);
    const csv = await dispatch(handlers, 'timeline.export', { filters: {}, format: 'timelinejs-csv', groupBy: 'source' }, { emit: () => undefined });
    expect(csv).toMatchObject({ ok: true, value: { fileName: 'Border- contract timeline.csv', mimeType: 'text/csv;charset=utf-8' } });
    const rows = parseCsv((csv as { value: { content: string } }).value.content.slice(1));
    expect(rows.slice(2).map((row) => [row[0], row[9], row[16]])).toEqual([
      ['2025', 'Audit', 'Timeline entries'],
      ['2026', 'Board meets', 'Timeline entries'],
    ]);
  });
});
