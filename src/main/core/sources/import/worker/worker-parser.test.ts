import { afterEach, describe, expect, it } from 'vitest';
import type { ParseJob } from '../document-parser';
import { ImportRefusal } from '../types';
import { WorkerParser } from './worker-parser';

const script = new URL('./fake-import-worker.fixture.mjs', import.meta.url);
const job = (fileName: string): ParseJob => ({ format: 'text', bytes: new Uint8Array([1]), fileName });
const signal = () => new AbortController().signal;

describe('WorkerParser', () => {
  let parser: WorkerParser;
  afterEach(() => parser.dispose());

  it('returns what the worker read, and its refusals as ImportRefusal', async () => {
    parser = new WorkerParser({ script });
    await expect(parser.parse(job('ok.txt'), { signal: signal() })).resolves.toMatchObject({ text: 'Fine.' });
    const refusal = await parser.parse(job('refused.txt'), { signal: signal() }).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(ImportRefusal);
    expect(refusal).toMatchObject({ reason: 'empty', message: 'Nothing in it.' });
  });

  it('gives up on a document that takes too long, and reads the next one in a fresh worker', async () => {
    parser = new WorkerParser({ script, timeoutMs: 200 });
    await expect(parser.parse(job('hangs.txt'), { signal: signal() })).rejects.toMatchObject({
      reason: 'timeout',
      message: expect.stringMatching(/took longer than \d+ seconds/),
    });
    await expect(parser.parse(job('ok.txt'), { signal: signal() })).resolves.toMatchObject({ text: 'Fine.' });
  });

  it('stops at once when cancelled', async () => {
    parser = new WorkerParser({ script });
    const controller = new AbortController();
    const parsing = parser.parse(job('hangs.txt'), { signal: controller.signal });
    controller.abort(new Error('cancelled by the reporter'));
    await expect(parsing).rejects.toThrow('cancelled by the reporter');
    await expect(parser.parse(job('ok.txt'), { signal: signal() })).resolves.toMatchObject({ text: 'Fine.' });
  });

  it('survives a worker that crashes', async () => {
    parser = new WorkerParser({ script });
    await expect(parser.parse(job('throws.txt'), { signal: signal() })).rejects.toThrow('parser bug');
    await expect(parser.parse(job('ok.txt'), { signal: signal() })).resolves.toMatchObject({ text: 'Fine.' });
  });

  it('reports a document that exhausts the memory limit as too large, in words', async () => {
    parser = new WorkerParser({ script, maxHeapMb: 32 });
    await expect(parser.parse(job('hogs-memory.txt'), { signal: signal() })).rejects.toMatchObject({
      reason: 'too-large',
      message: expect.stringMatching(/more memory than Sourcebook allows/),
    });
  });

  it('stops a document that grows memory outside the heap (decoded buffers) past the limit', async () => {
    parser = new WorkerParser({ script, maxGrowthMb: 256, memoryCheckMs: 20 });
    await expect(parser.parse(job('hogs-buffers.txt'), { signal: signal() })).rejects.toMatchObject({ reason: 'too-large' });
    await expect(parser.parse(job('ok.txt'), { signal: signal() })).resolves.toMatchObject({ text: 'Fine.' });
  });

  it('reads one document at a time: cancelling one does not touch the next in line', async () => {
    parser = new WorkerParser({ script });
    const controller = new AbortController();
    const first = parser.parse(job('hangs.txt'), { signal: controller.signal });
    const second = parser.parse(job('ok.txt'), { signal: signal() });
    controller.abort(new Error('cancelled'));
    await expect(first).rejects.toThrow('cancelled');
    await expect(second).resolves.toMatchObject({ text: 'Fine.' });
  });
});
