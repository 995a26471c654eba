import { describe, expect, it, onTestFinished } from 'vitest';
import { WorkerAnalyzer } from './worker-analyzer';

const FIXTURE = new URL('./fake-analysis-worker.fixture.mjs', import.meta.url);
const REFERENCE = { date: '2026-03-12', basis: 'published' as const };

function analyzer(): WorkerAnalyzer {
  const worker = new WorkerAnalyzer(FIXTURE);
  onTestFinished(() => worker.dispose());
  return worker;
}

describe('the analysis worker host', () => {
  it('passes the text and registry, reports each step, and returns the suggestions', async () => {
    const steps: string[] = [];
    const result = await analyzer().suggest('Halden', REFERENCE, [], { signal: new AbortController().signal, onStep: (step) => steps.push(step) });
    expect(steps).toEqual(['names', 'amounts', 'dates', 'quotes']);
    expect(result).toEqual([{ label: 'Halden', registrySize: 0 }]);
  });

  it('stops a text on cancel, and the next text gets a fresh worker', async () => {
    const host = analyzer();
    const controller = new AbortController();
    const hanging = host.suggest('hang', REFERENCE, [], { signal: controller.signal, onStep: () => controller.abort(new Error('Cancelled by the reporter.')) });
    await expect(hanging).rejects.toThrow('Cancelled by the reporter.');
    await expect(host.suggest('after', REFERENCE, [], { signal: new AbortController().signal })).resolves.toEqual([{ label: 'after', registrySize: 0 }]);
  });

  it('says what failed, and goes on with the next text', async () => {
    const host = analyzer();
    await expect(host.suggest('fail', REFERENCE, [], { signal: new AbortController().signal })).rejects.toThrow('The analyzer failed on this text.');
    await expect(host.suggest('next', REFERENCE, [], { signal: new AbortController().signal })).resolves.toHaveLength(1);
  });
});
