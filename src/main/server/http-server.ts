import { randomBytes } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import type { EventBus } from '../rpc/event-bus';
import type { Handlers } from '../rpc/handlers';
import { DEFAULT_HEARTBEAT_MS, type EventStream } from './event-stream';
import { DEFAULT_MAX_BODY_BYTES } from './read-json-body';
import { rawErrorResponse, refuse } from './responses';
import { createRouter } from './router';

export interface HttpServerOptions {
  handlers: Handlers;
  bus: EventBus;
  /** The built renderer (index.html and assets/). */
  rendererDir: string;
  /** 0 or absent: a free port chosen by the system. */
  port?: number;
  /** Absent: 32 random bytes, new for every launch. */
  token?: string;
  /** Largest accepted call body; imports of whole files will want more than the default. */
  maxBodyBytes?: number;
  /** Interval of the keep-alive comment on the event stream. */
  heartbeatMs?: number;
}

export interface RunningHttpServer {
  /** What to open in a browser: the token travels in the fragment, which is never sent. */
  url: string;
  origin: string;
  port: number;
  token: string;
  /** Ends event streams, stops accepting connections and resolves once all are closed. */
  close(): Promise<void>;
}

const LOOPBACK = '127.0.0.1';
/** After close(), in-flight calls get this long to answer before their connections are cut. */
const CLOSE_GRACE_MS = 1_000;

/**
 * The loopback HTTP transport over the service contract, for `npm run serve`, end-to-end
 * tests and machines without Electron. It listens on 127.0.0.1 only, and every request
 * passes the guards in request-guard.ts (see router.ts) before it reaches a handler or a file.
 */
export async function startHttpServer(options: HttpServerOptions): Promise<RunningHttpServer> {
  const token = options.token ?? randomBytes(32).toString('base64url');
  assertUsableToken(token);
  const streams = new Set<EventStream>();
  let port = 0;

  const route = createRouter({
    handlers: options.handlers,
    bus: options.bus,
    rendererDir: path.resolve(options.rendererDir),
    token,
    maxBodyBytes: options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES,
    heartbeatMs: options.heartbeatMs ?? DEFAULT_HEARTBEAT_MS,
    port: () => port,
    streams,
  });

  const server = createServer((req, res) => {
    // An aborted upload emits 'error' on the request; it is handled where the body is read.
    req.on('error', () => {});
    route(req, res).catch((error: unknown) => {
      console.error('The HTTP server failed on a request:', error);
      if (res.headersSent) res.destroy();
      else refuse(res, 500, 'INTERNAL', 'Something went wrong inside Sourcebook; try again.');
    });
  });

  // Requests Node cannot parse never reach the router; answer them without crashing.
  server.on('clientError', (error: NodeJS.ErrnoException, socket) => {
    if (error.code === 'ECONNRESET' || !socket.writable) {
      socket.destroy();
      return;
    }
    const tooLarge = error.code === 'HPE_HEADER_OVERFLOW';
    socket.end(rawErrorResponse(tooLarge ? '431 Request Header Fields Too Large' : '400 Bad Request'));
  });

  port = await listen(server, options.port ?? 0);
  const origin = `http://${LOOPBACK}:${port}`;

  let closing: Promise<void> | null = null;
  const close = () => {
    closing ??= new Promise<void>((resolve) => {
      for (const stream of streams) stream.close();
      server.close(() => resolve());
      server.closeIdleConnections();
      setTimeout(() => server.closeAllConnections(), CLOSE_GRACE_MS).unref();
    });
    return closing;
  };

  return { url: `${origin}/#token=${encodeURIComponent(token)}`, origin, port, token, close };
}

function listen(server: Server, port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen({ host: LOOPBACK, port }, () => {
      server.off('error', reject);
      resolve((server.address() as AddressInfo).port);
    });
  });
}

/** A given token must be strong enough to guard the port and fit in a header unchanged. */
function assertUsableToken(token: string): void {
  if (!/^[\x21-\x7e]{16,512}$/.test(token)) {
    throw new Error('The server token must be 16 to 512 visible ASCII characters (no spaces).');
  }
}
