import { connect } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { ServiceError } from '../core/service-error';
import type { RunningHttpServer } from './http-server';
import { call, send, startTestServer } from './test-support';

describe('HTTP server calls', () => {
  let server: RunningHttpServer;
  let calls: string[];
  let port: number;

  beforeAll(async () => {
    ({ server, calls } = await startTestServer({
      // Methods whose params and results are unlikely to change, so these tests pin the transport.
      'tasks.cancel': (params) => {
        const { taskId } = params as { taskId: string };
        if (taskId === 'gone') throw new ServiceError('NOT_FOUND', 'That task has already finished.');
        return { cancelled: taskId === 'running' };
      },
      'investigation.current': () => {
        throw new Error('EACCES at /home/reporter/secret-project.sourcebook');
      },
      'investigation.recent': () => [],
      'investigation.forgetRecent': () => 'not a list',
    }));
    port = server.port;
  });
  afterAll(() => server.close());
  beforeEach(() => {
    calls.length = 0;
  });

  it('returns a handler result as { ok: true, value } with HTTP 200', async () => {
    const response = await call(port, server.token, 'tasks.cancel', { taskId: 'running' });
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(response.json()).toEqual({ ok: true, value: { cancelled: true } });
  });

  it('refuses params outside the contract before the handler runs', async () => {
    const response = await call(port, server.token, 'tasks.cancel', { taskId: 42 });
    expect(response.status).toBe(200);
    expect(response.json()).toMatchObject({ ok: false, error: { code: 'INVALID_PARAMS' } });
    expect(calls).toEqual([]);
  });

  it('answers malformed JSON with INVALID_PARAMS and a clear message, without calling the handler', async () => {
    const response = await send(port, {
      method: 'POST',
      path: '/api/call/tasks.cancel',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${server.token}` },
      body: '{"taskId": "running"',
    });
    expect(response.status).toBe(400);
    const outcome = response.json() as { ok: boolean; error: { code: string; message: string } };
    expect(outcome).toMatchObject({ ok: false, error: { code: 'INVALID_PARAMS' } });
    expect(outcome.error.message).toMatch(/not valid JSON/);
    expect(calls).toEqual([]);
  });

  it('treats an empty body as no params', async () => {
    const response = await send(port, {
      method: 'POST',
      path: '/api/call/investigation.recent',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${server.token}` },
    });
    expect(response.json()).toEqual({ ok: true, value: [] });
  });

  it('carries a ServiceError across as { ok: false, error: { code, message } }', async () => {
    const response = await call(port, server.token, 'tasks.cancel', { taskId: 'gone' });
    expect(response.status).toBe(200);
    expect(response.json()).toEqual({
      ok: false,
      error: { code: 'NOT_FOUND', message: 'That task has already finished.' },
    });
  });

  it('carries an unexpected throw across as INTERNAL, with no stack trace or internal detail', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      const response = await call(port, server.token, 'investigation.current', {});
      expect(response.status).toBe(200);
      expect(response.json()).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
      expect(response.text).not.toMatch(/secret-project|EACCES|\bat \S+:\d+|stack/);
      expect(logged).toHaveBeenCalled();
    } finally {
      logged.mockRestore();
    }
  });

  it('refuses a result outside the contract as INVALID_RESULT', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      const response = await call(port, server.token, 'investigation.forgetRecent', { path: '/x.sourcebook' });
      expect(response.json()).toMatchObject({ ok: false, error: { code: 'INVALID_RESULT' } });
    } finally {
      logged.mockRestore();
    }
  });

  it('survives a client that disconnects halfway through its body', async () => {
    await new Promise<void>((resolve, reject) => {
      const socket = connect(port, '127.0.0.1', () => {
        socket.write(
          `POST /api/call/tasks.cancel HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\n` +
            `Authorization: Bearer ${server.token}\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{"taskId":`,
          () => {
            socket.destroy();
            resolve();
          },
        );
      });
      socket.on('error', reject);
    });
    const response = await call(port, server.token, 'tasks.cancel', { taskId: 'running' });
    expect(response.status).toBe(200);
    expect(calls).toEqual(['tasks.cancel']);
  });

  it('answers a request Node cannot parse with 400 and keeps serving', async () => {
    const answer = await new Promise<string>((resolve, reject) => {
      let text = '';
      const socket = connect(port, '127.0.0.1', () => socket.write('NONSENSE\r\n\r\n'));
      socket.setEncoding('utf8');
      socket.on('data', (chunk: string) => (text += chunk));
      socket.on('end', () => resolve(text));
      socket.on('error', reject);
    });
    expect(answer).toMatch(/^HTTP\/1\.1 400/);
    expect(answer).toMatch(/X-Content-Type-Options: nosniff/);
    expect((await call(port, server.token, 'tasks.cancel', { taskId: 'running' })).status).toBe(200);
  });
});

describe('HTTP server body limit', () => {
  let server: RunningHttpServer;
  let calls: string[];

  beforeAll(async () => {
    ({ server, calls } = await startTestServer(
      {
        'investigation.recent': () => [],
        'sources.stage': (params) => ({ stagedId: 'staged-1', sizeBytes: (params as { data: string }).data.length }),
      },
      { maxBodyBytes: 1024 },
    ));
  });
  afterAll(() => server.close());

  it('refuses a declared Content-Length over the limit with 413 without reading it', async () => {
    const response = await send(server.port, {
      method: 'POST',
      path: '/api/call/investigation.recent',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${server.token}`, 'Content-Length': 5000 },
      body: '{}',
    });
    expect(response.status).toBe(413);
    expect(response.json()).toMatchObject({ ok: false, error: { code: 'INVALID_PARAMS', message: /1 KiB/ } });
    expect(calls).toEqual([]);
  });

  it('refuses a streamed body that grows past the limit with 413', async () => {
    const response = await send(server.port, {
      method: 'POST',
      path: '/api/call/investigation.recent',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${server.token}`, 'Transfer-Encoding': 'chunked' },
      body: JSON.stringify({ padding: 'x'.repeat(4000) }),
    });
    expect(response.status).toBe(413);
    expect(calls).toEqual([]);
  });

  it('lets a method that carries a whole file (sources.stage) send more than the default', async () => {
    const data = 'A'.repeat(8000);
    const response = await call(server.port, server.token, 'sources.stage', { name: 'report.pdf', data });
    expect(response.json()).toEqual({ ok: true, value: { stagedId: 'staged-1', sizeBytes: 8000 } });
  });

  it('still accepts bodies under the limit', async () => {
    const response = await call(server.port, server.token, 'investigation.recent', {});
    expect(response.json()).toEqual({ ok: true, value: [] });
  });
});

describe('startHttpServer', () => {
  it('binds to 127.0.0.1 with a fresh 32-byte token per launch and puts it in the URL fragment', async () => {
    const first = await startTestServer({});
    const second = await startTestServer({});
    try {
      expect(first.server.origin).toBe(`http://127.0.0.1:${first.server.port}`);
      expect(first.server.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
      expect(first.server.token).not.toBe(second.server.token);
      expect(first.server.url).toBe(`${first.server.origin}/#token=${first.server.token}`);
    } finally {
      await Promise.all([first.server.close(), second.server.close()]);
    }
  });

  it('uses a given token and refuses a weak one', async () => {
    const { server } = await startTestServer({}, { token: 'e2e-fixed-token-0123456789' });
    await server.close();
    expect(server.token).toBe('e2e-fixed-token-0123456789');
    await expect(startTestServer({}, { token: 'short' })).rejects.toThrow(/16 to 512/);
  });

  it('rejects when the requested port is taken', async () => {
    const { server } = await startTestServer({});
    try {
      await expect(startTestServer({}, { port: server.port })).rejects.toThrow(/EADDRINUSE/);
    } finally {
      await server.close();
    }
  });
});
