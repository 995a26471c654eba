import mammoth from 'mammoth';
import { describe, expect, it, vi } from 'vitest';
import type { AppEvent } from '../../../shared/contract';
import { dispatch } from '../../rpc/dispatch';
import { fakeHandlers } from '../../rpc/fake-handlers';
import type { Handlers } from '../../rpc/handlers';
import type { compareMethods } from '../../../shared/contract/methods/compare';
import type { z } from 'zod';
import { createCompareHandlers } from './handlers';
import { twoSpeakers } from './story.test-support';
import { mergeEntities } from '../entities/entity-merge';
import { describeSource, entity, mention } from './test-support';
import { ServiceError } from '../service-error';
import { TaskRegistry } from '../tasks';

type Methods = typeof compareMethods;
type Name = keyof Methods;

async function compare(options: { printToPdf?: (html: string, options?: { signal?: AbortSignal }) => Promise<Uint8Array> } = {}) {
  const story = await twoSpeakers();
  const events: AppEvent[] = [];
  const tasks = new TaskRegistry((event) => events.push(event), { minProgressIntervalMs: 0 });
  const compareHandlers = createCompareHandlers({ session: { requireDb: () => story.db }, emit: (event) => events.push(event), host: options, tasks });
  const handlers = { ...fakeHandlers({}).handlers, ...compareHandlers } as unknown as Handlers;
  /** Through the path every transport takes: params checked, handler run, result checked. */
  const call = async <K extends Name>(name: K, params: z.input<Methods[K]['params']>) => {
    const outcome = await dispatch(handlers, name, params, { emit: () => undefined });
    return outcome.ok ? { ok: true as const, value: outcome.value as z.output<Methods[K]['result']> } : { ok: false as const, error: outcome.error };
  };
  const value = async <K extends Name>(name: K, params: z.input<Methods[K]['params']>) => {
    const outcome = await call(name, params);
    if (!outcome.ok) throw new Error(`${name} failed: ${outcome.error.code} ${outcome.error.message}`);
    return outcome.value;
  };
  const columns = [
    { kind: 'speaker' as const, speakerId: story.lindqvist },
    { kind: 'speaker' as const, speakerId: story.okafor },
  ];
  return { ...story, events, tasks, call, value, columns };
}

describe('compare.build through dispatch', () => {
  it('builds, re-pairs by hand and stays inside the contract', async () => {
    const { value, columns, quotes } = await compare();
    const built = await value('compare.build', { columns });
    expect(built.rows.map((row) => row.cells)).toEqual([[quotes.budget2020, quotes.budget2026], [quotes.engineers2020, quotes.engineers2026]]);
    const repaired = await value('compare.build', { columns, pins: [{ cells: [quotes.budget2020, quotes.engineers2026] }] });
    expect(repaired.rows[0]).toMatchObject({ cells: [quotes.budget2020, quotes.engineers2026], pinned: true, reasonText: 'pinned by hand' });
  });

  it('refuses fewer than two or more than four columns, and columns of no known kind', async () => {
    const { call, columns } = await compare();
    expect(await call('compare.build', { columns: columns.slice(0, 1) })).toMatchObject({ ok: false, error: { code: 'INVALID_PARAMS', message: expect.stringContaining('Compare takes 2 to 4 columns') } });
    expect(await call('compare.build', { columns: [...columns, ...columns, columns[0]!] })).toMatchObject({ ok: false, error: { code: 'INVALID_PARAMS', message: expect.stringContaining('Compare takes 2 to 4 columns') } });
    expect(await call('compare.build', { columns: [columns[0]!, { kind: 'everyone' } as never] })).toMatchObject({ ok: false, error: { code: 'INVALID_PARAMS' } });
  });
});

describe('saved comparisons', () => {
  it('are saved, listed, read, renamed and deleted, each change told to every window', async () => {
    const { value, events, columns, quotes } = await compare();
    const pins = [{ cells: [quotes.budget2020, quotes.engineers2026] }, { cells: [null, quotes.budget2026] }];
    const saved = await value('compare.save', { name: '  CEOs on Fenwick ', columns, includeClaims: true, pins });
    expect(saved).toMatchObject({ id: 1, name: 'CEOs on Fenwick', includeClaims: true, pins, columns: [{ kind: 'speaker', label: '', speakerId: columns[0]!.speakerId }, { kind: 'speaker', label: '', speakerId: columns[1]!.speakerId }] });
    expect(await value('compare.get', { id: 1 })).toEqual(saved);
    expect(await value('compare.list', {})).toEqual([{ id: 1, name: 'CEOs on Fenwick', columnLabels: ['Per Lindqvist', 'Dana Okafor'], includeClaims: true, pinCount: 2, createdAt: saved.createdAt, updatedAt: saved.updatedAt }]);

    const resaved = await value('compare.save', { id: 1, name: 'CEOs on Fenwick', columns: [...columns].reverse(), pins: [] });
    expect(resaved).toMatchObject({ id: 1, includeClaims: false, pins: [], createdAt: saved.createdAt, columns: [{ speakerId: columns[1]!.speakerId }, { speakerId: columns[0]!.speakerId }] });
    expect(await value('compare.rename', { id: 1, name: 'Two CEOs' })).toMatchObject({ id: 1, name: 'Two CEOs' });
    const deleted = await value('compare.delete', { id: 1 });
    expect(deleted).toMatchObject({ id: 1, name: 'Two CEOs' });
    expect(await value('compare.list', {})).toEqual([]);
    expect(events).toEqual(Array(4).fill({ type: 'comparisons.changed', comparisonId: 1 }));
    // Saving it again (undo) makes a new one: a deleted comparison's id is never given again.
    const { id: _deletedId, ...definition } = deleted;
    expect((await value('compare.save', definition)).id).toBe(2);
  });

  it('keep every kind of column, and speakers as they stand after a merge', async () => {
    const { db, value, wire, okafor, lindqvist } = await compare();
    const ceo = entity(db, 'P. Lindqvist');
    mergeEntities(db, lindqvist, ceo);
    const saved = await value('compare.save', {
      name: 'All kinds',
      columns: [
        { kind: 'speakers', speakerIds: [okafor, lindqvist, okafor], label: 'The CEOs' },
        { kind: 'source', sourceId: wire },
        { kind: 'speaker-in-dates', speakerId: okafor, from: '2026', to: null },
        { kind: 'speaker', speakerId: lindqvist },
      ],
    });
    expect(saved.columns).toEqual([
      { kind: 'speakers', speakerIds: [okafor, ceo].sort((a, b) => a - b), label: 'The CEOs' },
      { kind: 'source', sourceId: wire, label: '' },
      { kind: 'speaker-in-dates', speakerId: okafor, from: '2026', to: null, label: '' },
      { kind: 'speaker', speakerId: ceo, label: '' },
    ]);
  });

  it('say clearly what is wrong with a comparison to save', async () => {
    const { value, call, columns, quotes, okafor, wire } = await compare();
    await value('compare.save', { name: 'CEOs', columns });
    const save = (changes: object) => call('compare.save', { name: 'Another', columns, ...changes });
    expect(await save({ name: 'ceos' })).toMatchObject({ ok: false, error: { code: 'INVALID_PARAMS', message: 'A comparison called “ceos” already exists; choose another name.' } });
    expect(await save({ name: '   ' })).toMatchObject({ ok: false, error: { code: 'INVALID_PARAMS', message: expect.stringContaining('A comparison needs a name') } });
    expect(await save({ id: 9 })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', message: 'Comparison #9 is no longer in this investigation.' } });
    expect(await save({ pins: [{ cells: [quotes.budget2020, null, null] }] })).toMatchObject({ ok: false, error: { message: 'Pinned row 1 has 3 cells, but the comparison has 2 columns.' } });
    expect(await save({ pins: [{ cells: [null, null] }] })).toMatchObject({ ok: false, error: { message: 'Pinned row 1 holds no statement.' } });
    expect(await save({ pins: [{ cells: [quotes.budget2020, 99] }] })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', message: 'Statement #99 of pinned row 1 is no longer in this investigation.' } });
    expect(await save({ columns: [columns[0], { kind: 'speaker', speakerId: 99 }] })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', message: 'Entity #99 (the second column’s speaker) is not in this investigation; it may have been removed.' } });
    expect(await save({ columns: [columns[0], { kind: 'source', sourceId: 99 }] })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', message: 'There is no source #99 in this investigation; it may have been removed.' } });
    expect(await save({ columns: [columns[0], { kind: 'speakers', speakerIds: [] }] })).toMatchObject({ ok: false, error: { message: 'The second column’s group has no speaker; add one or remove the column.' } });
    expect(await save({ columns: [columns[0], { kind: 'speaker-in-dates', speakerId: okafor, from: '2026-03', to: '2025' }] })).toMatchObject({ ok: false, error: { message: 'The second column’s range ends (2025) before it starts (2026-03).' } });
    expect(await save({ columns: [columns[0], { kind: 'speaker-in-dates', speakerId: okafor, from: '2026-02-30', to: null }] })).toMatchObject({ ok: false, error: { message: '2026-02-30 is not a day of the calendar.' } });
    expect(await save({ columns: [columns[0], { kind: 'speaker-in-dates', speakerId: okafor, from: null, to: null }] })).toMatchObject({ ok: false, error: { message: expect.stringContaining('has neither a start nor an end') } });
    expect(await save({ columns: [columns[0], { kind: 'source', sourceId: wire }] })).toMatchObject({ ok: true });
    expect(await call('compare.rename', { id: 1, name: 'another' })).toMatchObject({ ok: false, error: { message: 'A comparison called “another” already exists; choose another name.' } });
    expect(await call('compare.get', { id: 7 })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await call('compare.delete', { id: 7 })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });
});

describe('discrepancies through dispatch', () => {
  /** The two budgets, tagged as money about the Fenwick contract. */
  async function budgets() {
    const context = await compare();
    const { db, ledger, wire, fenwick } = context;
    mention(db, ledger, '$500,000', entity(db, 'USD 500,000', 'money', { money: { amount: 500_000, currency: 'USD' } }));
    mention(db, wire, '$1.5 million', entity(db, 'USD 1,500,000', 'money', { money: { amount: 1_500_000, currency: 'USD' } }));
    void fenwick;
    return context;
  }

  it('lists the budgets that disagree and turns one into a claim to check, audited like any claim', async () => {
    const { db, value, events, wire, okafor } = await budgets();
    const { discrepancies } = await value('compare.discrepancies', {});
    expect(discrepancies).toHaveLength(1);
    const [discrepancy] = discrepancies;
    expect(discrepancy).toMatchObject({ subject: { name: 'Fenwick contract' }, kind: 'money', values: [{ normalized: 'USD 500,000' }, { normalized: 'USD 1,500,000' }] });
    expect(discrepancy!.explanation).toMatch(/^Both give the value of the budget linked to Fenwick contract, in The Ledger and Wire/);
    const fact = discrepancy!.facts.find((entry) => entry.source.id === wire)!;

    const made = await value('compare.discrepancyToClaim', { sourceId: wire, start: fact.sentence.start, end: fact.sentence.end, speakerId: okafor, note: discrepancy!.explanation });
    expect(made).toMatchObject({ created: true, claim: { kind: 'claim', sourceId: wire, span: { exact: fact.sentence.before + fact.figure.text + fact.sentence.after }, claim: { speakerId: okafor, status: 'unchecked' }, note: discrepancy!.explanation } });
    expect(events).toEqual([{ type: 'annotations.changed', sourceIds: [wire] }, { type: 'factCheck.changed', claimIds: [made.claim.id] }]);
    expect(db.prepare("SELECT entity_type, entity_id, action FROM audit_log WHERE entity_type = 'claim'").raw().all()).toEqual([['claim', made.claim.id, 'create']]);

    const again = await value('compare.discrepancyToClaim', { sourceId: wire, start: fact.sentence.start, end: fact.sentence.end });
    expect(again).toMatchObject({ created: false, claim: { id: made.claim.id } });
    expect(events).toHaveLength(2);
  });

  it('says clearly why words cannot become a claim', async () => {
    const { call, wire } = await budgets();
    expect(await call('compare.discrepancyToClaim', { sourceId: 99, start: 0, end: 3 })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND', message: 'There is no source #99 in this investigation; it may have been removed.' } });
    expect(await call('compare.discrepancyToClaim', { sourceId: wire, start: 10, end: 100_000 })).toMatchObject({ ok: false, error: { code: 'INVALID_PARAMS', message: expect.stringMatching(/^The span 10–100000 lies outside the source’s text \(\d+ characters\)\.$/) } });
    expect(await call('compare.discrepancyToClaim', { sourceId: wire, start: 5, end: 5 })).toMatchObject({ ok: false, error: { code: 'INVALID_PARAMS' } });
  });
});

describe('compare.export', () => {
  it('writes the side-by-side table in HTML and Markdown, each quote with its citation, every word escaped', async () => {
    const { db, value, columns, ledger } = await compare();
    describeSource(db, ledger, { title: 'Halden <ends> | Fenwick pilot' });
    const html = await value('compare.export', { name: 'CEOs: Fenwick', columns, format: 'html' });
    expect(html).toMatchObject({ fileName: 'CEOs- Fenwick.html', mimeType: 'text/html;charset=utf-8', encoding: 'utf-8' });
    expect(html.content).toContain('<th>Per Lindqvist</th><th>Dana Okafor</th><th class="reason">Why paired</th>');
    expect(html.content).toContain('<blockquote>“We ended the Fenwick pilot because the ministry’s budget for it was only $500,000”</blockquote><p class="attribution">Per Lindqvist, published 17 September 2020</p><p class="citation"><a href="https://ledger.example/fenwick">Halden &lt;ends&gt; | Fenwick pilot</a>, The Ledger, 17 September 2020</p>');
    expect(html.content).toContain('<p class="attribution">Dana Okafor, 10 March 2026, press conference</p><p class="citation">Halden keeps Fenwick, Wire, 12 March 2026</p>');
    expect(html.content).toContain('<td class="reason">tag “Fenwick contract” shared</td>');
    expect(html.content).toContain("Content-Security-Policy");

    const markdown = await value('compare.export', { name: 'CEOs', columns, format: 'markdown' });
    expect(markdown).toMatchObject({ fileName: 'CEOs.md', mimeType: 'text/markdown;charset=utf-8' });
    const lines = markdown.content.split('\n');
    expect(lines.slice(0, 4)).toEqual(['# CEOs', '', '| Per Lindqvist | Dana Okafor | Why paired |', '| --- | --- | --- |']);
    expect(lines[4]).toBe(
      '| “We ended the Fenwick pilot because the ministry’s budget for it was only $500,000”<br>*Per Lindqvist, published 17 September 2020*<br>[Halden \\<ends\\> \\| Fenwick pilot](https://ledger.example/fenwick), The Ledger, 17 September 2020 ' +
        '| “We kept the Fenwick contract because the ministry’s budget for it is now $1.5 million”<br>*Dana Okafor, 10 March 2026, press conference*<br>Halden keeps Fenwick, Wire, 12 March 2026 | tag “Fenwick contract” shared |',
    );
  });

  it('lists what stayed unpaired under the rows', async () => {
    const { value, columns, quotes } = await compare();
    const markdown = await value('compare.export', { name: 'CEOs', columns, pins: [{ cells: [quotes.budget2020, null] }, { cells: [quotes.engineers2020, null] }], format: 'markdown' });
    expect(markdown.content).toContain('## Not paired');
    expect(markdown.content.split('## Not paired')[1]).toContain('Rail signalling is where our engineers belong next spring');
  });

  it('writes DOCX side by side: a table whose rows pair the statements, each with its citation', async () => {
    const { value, columns } = await compare();
    const docx = await value('compare.export', { name: 'CEOs', columns, format: 'docx' });
    expect(docx).toMatchObject({ fileName: 'CEOs.docx', mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', encoding: 'base64' });
    const { value: html } = await mammoth.convertToHtml({ buffer: Buffer.from(docx.content, 'base64') });
    const cellsOf = (row: string) => [...row.matchAll(/<t[dh]>(.*?)<\/t[dh]>/gs)].map((cell) => cell[1]!.replace(/<\/p>/g, ' ').replace(/<[^>]+>/g, '').replace(/\s+/g, ' ').trim());
    const rows = [...html.matchAll(/<tr>(.*?)<\/tr>/gs)].map((row) => cellsOf(row[1]!));
    expect(rows[0]).toEqual(['Paired because', 'Per Lindqvist', 'Dana Okafor']);
    expect(rows[1]![0]).toBe('tag “Fenwick contract” shared');
    expect(rows[1]![1]).toBe('“We ended the Fenwick pilot because the ministry’s budget for it was only $500,000” Per Lindqvist, published 17 September 2020 Halden ends Fenwick pilot, The Ledger, 17 September 2020');
    expect(rows[1]![2]).toContain('“We kept the Fenwick contract because the ministry’s budget for it is now $1.5 million”');
  });

  it('prints the HTML to PDF where the host can, and says so where it cannot', async () => {
    const printed: string[] = [];
    const { value, columns } = await compare({ printToPdf: async (html) => (printed.push(html), new Uint8Array([37, 80, 68, 70])) });
    expect(await value('compare.export', { name: 'CEOs', columns, format: 'pdf' })).toEqual({ fileName: 'CEOs.pdf', mimeType: 'application/pdf', encoding: 'base64', content: 'JVBERg==' });
    expect(printed[0]).toContain('<th>Per Lindqvist</th>');
    const without = await compare();
    expect(await without.call('compare.export', { name: 'CEOs', columns: without.columns, format: 'pdf' })).toMatchObject({ ok: false, error: { code: 'UNSUPPORTED', message: 'This copy of Sourcebook cannot print to PDF. Export the comparison as HTML or Markdown instead.' } });
  });

  it('exports as a task: its progress told to every window, and a PDF stopped when the task is cancelled', async () => {
    const { call, value, events, tasks, columns } = await compare({
      printToPdf: (_html, options) =>
        new Promise((_resolve, reject) => {
          options?.signal?.addEventListener('abort', () => reject(new ServiceError('CANCELLED', 'The PDF export was cancelled; no file was written.')));
        }),
    });
    await value('compare.export', { name: 'CEOs', columns, format: 'markdown', taskId: 'md-1' });
    expect(events.filter((event) => event.type.startsWith('task.'))).toEqual([
      { type: 'task.progress', taskId: 'md-1', label: 'Exporting “CEOs” as Markdown', done: 0, total: 2 },
      { type: 'task.progress', taskId: 'md-1', label: 'Exporting “CEOs” as Markdown', done: 1, total: 2 },
      { type: 'task.progress', taskId: 'md-1', label: 'Exporting “CEOs” as Markdown', done: 2, total: 2 },
      { type: 'task.finished', taskId: 'md-1', outcome: 'done', message: 'CEOs.md' },
    ]);
    events.length = 0;
    const printing = call('compare.export', { name: 'CEOs', columns, format: 'pdf', taskId: 'pdf-1' });
    await vi.waitFor(() => expect(events).toContainEqual(expect.objectContaining({ taskId: 'pdf-1', done: 1 })));
    expect(tasks.cancel('pdf-1')).toBe(true);
    expect(await printing).toEqual({ ok: false, error: { code: 'CANCELLED', message: 'The PDF export was cancelled; no file was written.' } });
    expect(events.at(-1)).toEqual({ type: 'task.finished', taskId: 'pdf-1', outcome: 'cancelled', message: 'The PDF export was cancelled; no file was written.' });
  });
});
