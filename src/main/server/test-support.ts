import { request as httpRequest, type IncomingHttpHeaders, type IncomingMessage } from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { EventBus } from '../rpc/event-bus';
import { startHttpServer, type HttpServerOptions, type RunningHttpServer } from './http-server';

/**
 * Helpers for the server's tests (not a test file itself): a Handlers object built from a
 * few fakes, and a raw HTTP client that can send what fetch would refuse or rewrite
 * (a foreign Host, `..` in a path, a body larger than its Content-Length).
 */

import { fakeHandlers, type Fakes } from '../rpc/fake-handlers';

export { fakeHandlers };

export interface RawResponse {
  status: number;
  headers: IncomingHttpHeaders;
  text: string;
  json(): unknown;
}

export interface RawRequest {
  method?: string;
  path?: string;
  headers?: Record<string, string | number>;
  body?: string | Buffer;
}

/** One request on its own connection (no keep-alive), so closing the server never waits on it. */
export function send(port: number, options: RawRequest = {}): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      {
        host: '127.0.0.1',
        port,
        method: options.method ?? 'GET',
        path: options.path ?? '/',
        headers: options.headers,
        agent: false,
      },
      (res) => {
        readAll(res).then((text) => {
          resolve({ status: res.statusCode ?? 0, headers: res.headers, text, json: () => JSON.parse(text) });
        }, reject);
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

/** A POST to /api/call/<method> the way the renderer sends it. */
export function call(port: number, token: string, method: string, params: unknown): Promise<RawResponse> {
  return send(port, {
    method: 'POST',
    path: `/api/call/${method}`,
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
    body: JSON.stringify(params),
  });
}

function readAll(res: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let text = '';
    res.setEncoding('utf8');
    res.on('data', (chunk: string) => (text += chunk));
    res.on('end', () => resolve(text));
    res.on('error', reject);
  });
}

export interface OpenStream {
  response: IncomingMessage;
  /** Resolves with everything received so far once it contains `pattern`. */
  waitFor(pattern: string | RegExp): Promise<string>;
  close(): void;
}

/** Opens the event stream and resolves once its headers have arrived. */
export function openStream(port: number, path: string, headers: Record<string, string> = {}): Promise<OpenStream> {
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port, path, headers, agent: false }, (response) => {
      let received = '';
      const waiters: Array<{ pattern: string | RegExp; resolve: (text: string) => void }> = [];
      const matches = (pattern: string | RegExp) =>
        typeof pattern === 'string' ? received.includes(pattern) : pattern.test(received);
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => {
        received += chunk;
        for (const waiter of [...waiters]) {
          if (matches(waiter.pattern)) {
            waiters.splice(waiters.indexOf(waiter), 1);
            waiter.resolve(received);
          }
        }
      });
      resolve({
        response,
        waitFor: (pattern) =>
          matches(pattern) ? Promise.resolve(received) : new Promise((done) => waiters.push({ pattern, resolve: done })),
        close: () => req.destroy(),
      });
    });
    req.on('error', reject);
    req.end();
  });
}

/** A running server with fake handlers, for tests that do not care about static files. */
export async function startTestServer(
  fakes: Fakes,
  options: Partial<Omit<HttpServerOptions, 'handlers'>> = {},
): Promise<{ server: RunningHttpServer; bus: EventBus; calls: string[] }> {
  const { handlers, calls } = fakeHandlers(fakes);
  const bus = options.bus ?? new EventBus();
  const server = await startHttpServer({
    rendererDir: path.join(os.tmpdir(), 'sourcebook-no-renderer'),
    ...options,
    handlers,
    bus,
  });
  return { server, bus, calls };
}
