import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { RunningHttpServer } from './http-server';
import { SECURITY_HEADERS } from '../security/response-headers';
import { call, send, startTestServer } from './test-support';

/** Transport refusals: each must happen before any handler runs. */
describe('HTTP server guards', () => {
  let server: RunningHttpServer;
  let calls: string[];
  let port: number;
  // A method whose result shape is unlikely to change, so these tests pin the transport only.
  beforeAll(async () => {
    ({ server, calls } = await startTestServer({ 'investigation.recent': () => [] }));
    port = server.port;
  });
  afterAll(() => server.close());
  beforeEach(() => {
    calls.length = 0;
  });

  describe('token', () => {
    it('refuses a call without a token with 401, before the handler runs', async () => {
      const response = await send(port, {
        method: 'POST',
        path: '/api/call/investigation.recent',
        headers: { 'Content-Type': 'application/json' },
        body: '{}',
      });
      expect(response.status).toBe(401);
      expect(response.json()).toMatchObject({ ok: false, error: { code: 'UNAUTHORIZED' } });
      expect(calls).toEqual([]);
    });

    it('refuses a wrong token with 401', async () => {
      const response = await call(port, `${server.token}x`, 'investigation.recent', {});
      expect(response.status).toBe(401);
      expect(calls).toEqual([]);
    });

    it('refuses a token in the query string for calls (only the event stream may use it)', async () => {
      const response = await send(port, {
        method: 'POST',
        path: `/api/call/investigation.recent?token=${encodeURIComponent(server.token)}`,
        headers: { 'Content-Type': 'application/json' },
        body: '{}',
      });
      expect(response.status).toBe(401);
      expect(calls).toEqual([]);
    });

    it('says 401, not 404, for unknown /api paths without a token, so routes cannot be probed', async () => {
      expect((await send(port, { path: '/api/nothing-here' })).status).toBe(401);
      const authorised = await send(port, {
        path: '/api/nothing-here',
        headers: { Authorization: `Bearer ${server.token}` },
      });
      expect(authorised.status).toBe(404);
      expect(authorised.json()).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    });

    it('lets the right token through', async () => {
      const response = await call(port, server.token, 'investigation.recent', {});
      expect(response.status).toBe(200);
      expect(response.json()).toEqual({ ok: true, value: [] });
    });
  });

  describe('Host (DNS rebinding)', () => {
    it('refuses a foreign Host with 403 on the API, even with the right token', async () => {
      const response = await send(port, {
        method: 'POST',
        path: '/api/call/investigation.recent',
        headers: {
          Host: `evil.example:${port}`,
          'Content-Type': 'application/json',
          Authorization: `Bearer ${server.token}`,
        },
        body: '{}',
      });
      expect(response.status).toBe(403);
      expect(response.json()).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
      expect(calls).toEqual([]);
    });

    it('refuses a foreign Host for static files too', async () => {
      expect((await send(port, { path: '/', headers: { Host: `evil.example:${port}` } })).status).toBe(403);
    });

    it('accepts localhost with our port', async () => {
      const response = await send(port, {
        method: 'POST',
        path: '/api/call/investigation.recent',
        headers: { Host: `localhost:${port}`, 'Content-Type': 'application/json', Authorization: `Bearer ${server.token}` },
        body: '{}',
      });
      expect(response.status).toBe(200);
    });
  });

  describe('Origin', () => {
    it.each(['https://evil.example', 'null'])('refuses Origin %s with 403 before the handler runs', async (origin) => {
      const response = await send(port, {
        method: 'POST',
        path: '/api/call/investigation.recent',
        headers: { Origin: origin, 'Content-Type': 'application/json', Authorization: `Bearer ${server.token}` },
        body: '{}',
      });
      expect(response.status).toBe(403);
      expect(calls).toEqual([]);
    });

    it('accepts our own origin in either spelling', async () => {
      for (const origin of [server.origin, `http://localhost:${port}`]) {
        const response = await send(port, {
          method: 'POST',
          path: '/api/call/investigation.recent',
          headers: { Origin: origin, 'Content-Type': 'application/json', Authorization: `Bearer ${server.token}` },
          body: '{}',
        });
        expect(response.status, origin).toBe(200);
      }
    });
  });

  describe('method and content type', () => {
    it('refuses GET on a call with 405 and an Allow header', async () => {
      const response = await send(port, {
        path: '/api/call/investigation.recent',
        headers: { Authorization: `Bearer ${server.token}` },
      });
      expect(response.status).toBe(405);
      expect(response.headers.allow).toBe('POST');
      expect(response.json()).toMatchObject({ ok: false });
    });

    it.each(['text/plain', 'application/x-www-form-urlencoded'])(
      'refuses %s bodies with 415 (no cross-site form posts)',
      async (contentType) => {
        const response = await send(port, {
          method: 'POST',
          path: '/api/call/investigation.recent',
          headers: { 'Content-Type': contentType, Authorization: `Bearer ${server.token}` },
          body: '{}',
        });
        expect(response.status).toBe(415);
        expect(response.json()).toMatchObject({ ok: false, error: { code: 'UNSUPPORTED' } });
        expect(calls).toEqual([]);
      },
    );

    it('refuses an unknown method name with 404 UNKNOWN_METHOD', async () => {
      const response = await call(port, server.token, 'app.selfDestruct', {});
      expect(response.status).toBe(404);
      expect(response.json()).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } });
    });

    it('refuses inherited object keys as method names', async () => {
      const response = await call(port, server.token, '__proto__', {});
      expect(response.status).toBe(404);
    });

    it('refuses writes to static paths with 405', async () => {
      expect((await send(port, { method: 'POST', path: '/' })).status).toBe(405);
    });
  });

  describe('security headers', () => {
    it.each([
      ['a static 404', { path: '/missing.js' }],
      ['a 401', { path: '/api/events' }],
      ['a 403', { path: '/', headers: { Origin: 'https://evil.example' } }],
    ])('are on %s', async (_label, request) => {
      const response = await send(port, request);
      for (const [name, value] of Object.entries(SECURITY_HEADERS)) {
        expect(response.headers[name.toLowerCase()], name).toBe(value);
      }
    });

    it('include Cache-Control: no-store on API answers', async () => {
      const response = await call(port, server.token, 'investigation.recent', {});
      expect(response.headers['cache-control']).toBe('no-store');
      expect(response.headers['content-security-policy']).toBe(SECURITY_HEADERS['Content-Security-Policy']);
    });
  });
});
