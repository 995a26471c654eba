import { describe, expect, it } from 'vitest';
import { EventBus } from './event-bus';
import { fakeHandlers } from './fake-handlers';
import { createIpcInvoker, type InvokeEventLike } from './ipc-invoke';

function eventFrom(url: string, options: { subFrame?: boolean } = {}): InvokeEventLike {
  const mainFrame = { url };
  return { senderFrame: options.subFrame ? { url } : mainFrame, sender: { mainFrame } };
}

describe('the IPC adapter', () => {
  const { handlers, calls } = fakeHandlers({ 'tasks.cancel': () => ({ cancelled: false }) });
  const invoke = createIpcInvoker({ handlers, bus: new EventBus() })('tasks.cancel');

  it("serves the main frame of the app's own page", async () => {
    await expect(invoke(eventFrom('app://sourcebook/index.html'), { taskId: 'x' })).resolves.toEqual({
      ok: true,
      value: { cancelled: false },
    });
  });

  it('refuses other origins, sub-frames and destroyed frames before any handler runs', async () => {
    calls.length = 0;
    for (const event of [
      eventFrom('https://evil.example/'),
      eventFrom('file:///etc/passwd'),
      eventFrom('app://sourcebook/index.html', { subFrame: true }),
      { senderFrame: null, sender: { mainFrame: {} } },
    ]) {
      await expect(invoke(event, { taskId: 'x' })).resolves.toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
    }
    expect(calls).toEqual([]);
  });

  it('validates params like every other transport', async () => {
    calls.length = 0;
    await expect(invoke(eventFrom('app://sourcebook/index.html'), { taskId: 42 })).resolves.toMatchObject({
      ok: false,
      error: { code: 'INVALID_PARAMS' },
    });
    expect(calls).toEqual([]);
  });
});
