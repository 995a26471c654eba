import { afterEach, describe, expect, it, vi } from 'vitest';
import type { AppEvent } from '../../shared/contract';
import { EventBus } from '../rpc/event-bus';
import type { RunningHttpServer } from './http-server';
import { openStream, send, startTestServer } from './test-support';

const progress: AppEvent = { type: 'task.progress', taskId: 'import-1', label: 'Importing 3 files', done: 1, total: 3 };

/** Resolves the next time an unsubscribe function returned by `bus.subscribe` is called. */
function watchUnsubscribe(bus: EventBus): Promise<void> {
  return new Promise((resolve) => {
    const subscribe = bus.subscribe.bind(bus);
    vi.spyOn(bus, 'subscribe').mockImplementation((listener) => {
      const unsubscribe = subscribe(listener);
      return () => {
        unsubscribe();
        resolve();
        return true;
      };
    });
  });
}

describe('HTTP server event stream', () => {
  let server: RunningHttpServer | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  it('delivers bus events as server-sent events, with unbuffered stream headers', async () => {
    const started = await startTestServer({});
    server = started.server;
    const stream = await openStream(server.port, `/api/events?token=${encodeURIComponent(server.token)}`);
    try {
      expect(stream.response.statusCode).toBe(200);
      expect(stream.response.headers['content-type']).toBe('text/event-stream; charset=utf-8');
      expect(stream.response.headers['x-accel-buffering']).toBe('no');
      expect(stream.response.headers['cache-control']).toBe('no-store');
      expect(stream.response.headers['content-security-policy']).toBeDefined();

      started.bus.emit(progress);
      const received = await stream.waitFor(/^data: (.*)\n\n/m);
      const [, json] = /^data: (.*)\n\n/m.exec(received) ?? [];
      expect(JSON.parse(json ?? 'null')).toEqual(progress);
    } finally {
      stream.close();
    }
  });

  it('accepts the token as a Bearer header too', async () => {
    ({ server } = await startTestServer({}));
    const stream = await openStream(server.port, '/api/events', { Authorization: `Bearer ${server.token}` });
    stream.close();
    expect(stream.response.statusCode).toBe(200);
  });

  it('refuses a missing or wrong token with 401, and a foreign Origin with 403', async () => {
    ({ server } = await startTestServer({}));
    expect((await send(server.port, { path: '/api/events' })).status).toBe(401);
    expect((await send(server.port, { path: '/api/events?token=wrong' })).status).toBe(401);
    const foreign = await send(server.port, {
      path: `/api/events?token=${encodeURIComponent(server.token)}`,
      headers: { Origin: 'https://evil.example' },
    });
    expect(foreign.status).toBe(403);
  });

  it('sends a heartbeat comment on an idle stream', async () => {
    ({ server } = await startTestServer({}, { heartbeatMs: 10 }));
    const stream = await openStream(server.port, `/api/events?token=${encodeURIComponent(server.token)}`);
    try {
      await expect(stream.waitFor(': heartbeat\n\n')).resolves.toContain(': heartbeat');
    } finally {
      stream.close();
    }
  });

  it('unsubscribes from the bus when the client goes away', async () => {
    const bus = new EventBus();
    const unsubscribed = watchUnsubscribe(bus);
    ({ server } = await startTestServer({}, { bus }));
    const stream = await openStream(server.port, `/api/events?token=${encodeURIComponent(server.token)}`);
    stream.close();
    await unsubscribed;
    expect(() => bus.emit(progress)).not.toThrow();
  });

  it('ends open streams when the server closes', async () => {
    const started = await startTestServer({});
    const stream = await openStream(started.server.port, `/api/events?token=${encodeURIComponent(started.server.token)}`);
    const ended = new Promise<void>((resolve) => stream.response.on('end', resolve));
    await started.server.close();
    await ended;
  });
});
