import { describe, expect, it, vi } from 'vitest';
import type { AppEvent, MethodName, ParamsOf, ResultOf } from '../../../shared/contract';
import { dispatch } from '../../rpc/dispatch';
import { fakeHandlers } from '../../rpc/fake-handlers';
import type { Handlers } from '../../rpc/handlers';
import { anchorAll } from '../annotations/anchoring';
import { createAnnotationHandlers } from '../annotations/handlers';
import { ServiceError } from '../service-error';
import { TaskRegistry } from '../tasks';
import { createFactCheckHandlers } from './handlers';
import { factCheckStory } from './test-support';

async function sheet(printToPdf?: (html: string, options?: { signal?: AbortSignal }) => Promise<Uint8Array>) {
  const story = await factCheckStory();
  const events: AppEvent[] = [];
  const tasks = new TaskRegistry((event) => events.push(event), { minProgressIntervalMs: 0 });
  const handlers: Handlers = {
    ...fakeHandlers({}).handlers,
    ...createAnnotationHandlers({ session: { requireDb: () => story.db }, emit: (event) => events.push(event), anchorAll }),
    ...createFactCheckHandlers({ session: { requireDb: () => story.db }, emit: (event) => events.push(event), anchorAll, host: printToPdf ? { printToPdf } : {}, tasks }),
  };
  /** Through the path every transport takes: params checked, handler run, result checked. */
  const call = async <K extends MethodName>(name: K, params: ParamsOf<K>) => dispatch(handlers, name, params, { emit: () => undefined });
  const value = async <K extends MethodName>(name: K, params: ParamsOf<K>) => {
    const outcome = await call(name, params);
    if (!outcome.ok) throw new Error(`${name} failed: ${outcome.error.code} ${outcome.error.message}`);
    return outcome.value as ResultOf<K>;
  };
  return { ...story, events, tasks, call, value };
}

describe('the fact-check methods', () => {
  it('list the sheet with the scale and the progress, or just the claims asked for', async () => {
    const { value, claims } = await sheet();
    const all = await value('factCheck.list', {});
    expect(all.claims).toHaveLength(5);
    expect(all.scale.map((rating) => rating.label)).toEqual(['True', 'Mostly true', 'Half true', 'Mostly false', 'False']);
    expect(all.progress).toMatchObject({ total: 5, checked: 0 });
    expect((await value('factCheck.list', { claimIds: [claims.grew] })).claims.map((c) => c.claimId)).toEqual([claims.grew]);
  });

  it('tell every window what changed: the sheet for each change, readers for status changes', async () => {
    const { value, events, claims, report, letter } = await sheet();
    const scale = (await value('factCheck.list', {})).scale;
    await value('factCheck.update', { claimId: claims.doubled, changes: { ratingId: scale[0]!.id, checker: 'Ana' } });
    expect(events.splice(0)).toEqual([{ type: 'factCheck.changed', claimIds: [claims.doubled] }]);
    await value('factCheck.setStatus', { claimIds: [claims.doubled, claims.grew], status: 'verified' });
    expect(events.splice(0)).toEqual([
      { type: 'factCheck.changed', claimIds: [claims.doubled, claims.grew] },
      { type: 'annotations.changed', sourceIds: [report, letter] },
    ]);
    const { evidence } = await value('factCheck.addEvidence', { claimId: claims.grew, evidence: { kind: 'url', url: 'https://example.org' } });
    await value('factCheck.removeEvidence', { evidenceId: evidence.id });
    await value('factCheck.updateScale', { ratings: [...scale.map(({ id, label }) => ({ id, label })), { label: 'Needs context' }] });
    expect(events.splice(0)).toEqual([
      { type: 'factCheck.changed', claimIds: [claims.grew] },
      { type: 'factCheck.changed', claimIds: [claims.grew] },
      { type: 'factCheck.changed', claimIds: [] },
    ]);
    expect(await value('factCheck.scaleHistory', {})).toHaveLength(1);
    const history = await value('factCheck.history', { claimId: claims.grew });
    expect(history.map((entry) => entry.action)).toEqual(['create', 'status', 'evidence.add', 'evidence.remove']);
  });

  it('refuse bad input with messages that say what is wrong', async () => {
    const { call, claims, evidenceQuote } = await sheet();
    const error = async (name: MethodName, params: unknown) => {
      const outcome = await call(name, params as never);
      return outcome.ok ? null : outcome.error;
    };
    expect(await error('factCheck.update', { claimId: claims.grew, changes: { checkedOn: '2026-13-01' } })).toEqual({
      code: 'INVALID_PARAMS',
      message: 'Invalid request to factCheck.update: changes.checkedOn: Expected a day as YYYY-MM-DD',
    });
    expect(await error('factCheck.update', { claimId: claims.grew, changes: {} })).toMatchObject({ message: expect.stringContaining('Say which fields of the check to change') });
    expect(await error('factCheck.setStatus', { claimIds: [], status: 'verified' })).toMatchObject({ message: expect.stringContaining('Select at least one claim') });
    expect(await error('factCheck.setStatus', { claimIds: [claims.grew], status: 'true' })).toMatchObject({ code: 'INVALID_PARAMS', message: expect.stringContaining('status') });
    expect(await error('factCheck.setStatus', { claimIds: [claims.grew, evidenceQuote], status: 'false' })).toEqual({
      code: 'NOT_FOUND',
      message: `Claim #${evidenceQuote} is not a claim of this investigation; it may have been removed or re-tagged. Reload the fact-check sheet.`,
    });
    expect(await error('factCheck.addEvidence', { claimId: claims.grew, evidence: { kind: 'rumour', text: 'x' } })).toMatchObject({
      message: expect.stringContaining('Evidence is a span ("annotation"), a source ("source"), an address ("url") or words ("text")'),
    });
    expect(await error('factCheck.addEvidence', { claimId: claims.grew, evidence: { kind: 'url', url: 'file:///etc/passwd' } })).toMatchObject({
      message: expect.stringContaining('Expected a full web address'),
    });
    expect(await error('factCheck.export', { format: 'pdf' })).toEqual({ code: 'UNSUPPORTED', message: expect.stringContaining('cannot print to PDF') });
    expect(await error('factCheck.export', { format: 'odt' })).toMatchObject({ code: 'INVALID_PARAMS' });
    expect(await error('factCheck.history', { claimId: evidenceQuote })).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('export every format as a file the renderer can save, of all claims or the ones asked for', async () => {
    const { value, claims } = await sheet(async () => new TextEncoder().encode('%PDF-1.7 fake'));
    for (const [format, fileName, encoding] of [
      ['csv', 'Investigation fact-check.csv', 'utf-8'],
      ['xlsx', 'Investigation fact-check.xlsx', 'base64'],
      ['docx', 'Investigation fact-check.docx', 'base64'],
      ['pdf', 'Investigation fact-check.pdf', 'base64'],
      ['markdown', 'Investigation fact-check.md', 'utf-8'],
      ['claimreview', 'Investigation fact-check.claimreview.jsonld', 'utf-8'],
    ] as const) {
      const file = await value('factCheck.export', { format, claimIds: [claims.exports] });
      expect(file).toMatchObject({ fileName, encoding });
      if (format === 'csv') expect(file.content.split('\r\n').filter(Boolean)).toHaveLength(2);
      if (format === 'xlsx' || format === 'docx') expect(Buffer.from(file.content, 'base64').subarray(0, 2).toString()).toBe('PK');
    }
  });

  it('bring a deleted claim back with its check and evidence when the deletion is undone', async () => {
    const { value, events, claims } = await sheet();
    await value('factCheck.update', { claimId: claims.grew, changes: { status: 'false', checker: 'Ana', notes: 'Minutes say 12%.' } });
    await value('factCheck.addEvidence', { claimId: claims.grew, evidence: { kind: 'text', text: 'Minutes of 3 March' } });
    const before = (await value('factCheck.list', { claimIds: [claims.grew] })).claims[0]!;
    const deleted = await value('annotations.delete', { id: claims.grew });
    expect((await value('factCheck.list', {})).claims.map((c) => c.claimId)).not.toContain(claims.grew);
    events.length = 0;
    await value('annotations.restore', { annotation: deleted });
    expect(events).toContainEqual({ type: 'factCheck.changed', claimIds: [claims.grew] });
    const after = (await value('factCheck.list', { claimIds: [claims.grew] })).claims[0]!;
    expect({ ...after, checkUpdatedAt: null }).toEqual({ ...before, checkUpdatedAt: null });
  });

  it('export as a task: its progress told to every window, and a PDF stopped when the task is cancelled', async () => {
    const { call, value, events, tasks } = await sheet(
      (_html, options) =>
        new Promise((_resolve, reject) => {
          options?.signal?.addEventListener('abort', () => reject(new ServiceError('CANCELLED', 'The PDF export was cancelled; no file was written.')));
        }),
    );
    await value('factCheck.export', { format: 'csv', taskId: 'csv-1' });
    expect(events.filter((event) => event.type.startsWith('task.'))).toEqual([
      { type: 'task.progress', taskId: 'csv-1', label: 'Exporting all claims as CSV', done: 0, total: 2 },
      { type: 'task.progress', taskId: 'csv-1', label: 'Exporting all claims as CSV', done: 1, total: 2 },
      { type: 'task.progress', taskId: 'csv-1', label: 'Exporting all claims as CSV', done: 2, total: 2 },
      { type: 'task.finished', taskId: 'csv-1', outcome: 'done', message: 'Investigation fact-check.csv' },
    ]);
    events.length = 0;
    const printing = call('factCheck.export', { format: 'pdf', taskId: 'pdf-1' });
    await vi.waitFor(() => expect(events).toContainEqual(expect.objectContaining({ taskId: 'pdf-1', done: 1 })));
    expect(tasks.cancel('pdf-1')).toBe(true);
    expect(await printing).toEqual({ ok: false, error: { code: 'CANCELLED', message: 'The PDF export was cancelled; no file was written.' } });
    expect(events.at(-1)).toEqual({ type: 'task.finished', taskId: 'pdf-1', outcome: 'cancelled', message: 'The PDF export was cancelled; no file was written.' });
  });
});
