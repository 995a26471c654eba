import type { IncomingMessage, ServerResponse } from 'node:http';
import type { EventBus } from '../rpc/event-bus';
import type { Handlers } from '../rpc/handlers';
import { CALL_PATH_PREFIX, handleApiCall } from './api-route';
import { openEventStream, type EventStream } from './event-stream';
import { checkSite, checkToken } from './request-guard';
import { applySecurityHeaders, refuse } from './responses';
import { serveStaticFile } from './static-files';

export const EVENTS_PATH = '/api/events';

export interface RouterDeps {
  handlers: Handlers;
  bus: EventBus;
  rendererDir: string;
  token: string;
  maxBodyBytes: number;
  heartbeatMs: number;
  /** The port is known only once listening; requests cannot arrive before that. */
  port(): number;
  /** Open event streams, so shutdown can end them. */
  streams: Set<EventStream>;
}

/**
 * Every request in the order that matters: security headers, then Host and Origin (all
 * paths), then the token (all of /api, before anything can tell whether a route exists),
 * then the route.
 */
export function createRouter(deps: RouterDeps) {
  return async function route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    applySecurityHeaders(res);
    const siteRefusal = checkSite({ host: req.headers.host, origin: req.headers.origin }, deps.port());
    if (siteRefusal) {
      refuse(res, siteRefusal.status, siteRefusal.code, siteRefusal.message);
      return;
    }
    const target = splitRequestTarget(req.url ?? '');
    if (!target) {
      refuse(res, 404, 'NOT_FOUND', 'Only paths on this server can be requested.');
      return;
    }
    if (target.pathname === '/api' || target.pathname.startsWith('/api/')) {
      await routeApi(req, res, target, deps);
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      refuse(res, 405, 'UNSUPPORTED', 'Files are read with GET.', { Allow: 'GET, HEAD' });
      return;
    }
    await serveStaticFile(req, res, deps.rendererDir, target.pathname);
  };
}

async function routeApi(
  req: IncomingMessage,
  res: ServerResponse,
  { pathname, query }: RequestTarget,
  deps: RouterDeps,
): Promise<void> {
  res.setHeader('Cache-Control', 'no-store');
  const isEventStream = pathname === EVENTS_PATH;
  const tokenRefusal = checkToken(
    { authorization: req.headers.authorization, queryToken: query.get('token'), allowQueryToken: isEventStream },
    deps.token,
  );
  if (tokenRefusal) {
    refuse(res, tokenRefusal.status, tokenRefusal.code, tokenRefusal.message);
    return;
  }
  if (isEventStream) {
    if (req.method !== 'GET') {
      refuse(res, 405, 'UNSUPPORTED', 'The event stream is read with GET.', { Allow: 'GET' });
      return;
    }
    const stream = openEventStream(req, res, deps.bus, {
      heartbeatMs: deps.heartbeatMs,
      onClosed: () => deps.streams.delete(stream),
    });
    deps.streams.add(stream);
    return;
  }
  if (pathname.startsWith(CALL_PATH_PREFIX)) {
    await handleApiCall(req, res, pathname, deps);
    return;
  }
  refuse(res, 404, 'NOT_FOUND', `Nothing is served at ${JSON.stringify(pathname.slice(0, 80))}.`);
}

interface RequestTarget {
  /** Still percent-encoded: each route decodes after its own checks. */
  pathname: string;
  query: URLSearchParams;
}

/** Null for a request target that is not a path (absolute-form `http://…`, or `*`). */
export function splitRequestTarget(target: string): RequestTarget | null {
  if (!target.startsWith('/')) return null;
  const withoutFragment = target.split('#', 1)[0] ?? '';
  const queryStart = withoutFragment.indexOf('?');
  if (queryStart === -1) return { pathname: withoutFragment, query: new URLSearchParams() };
  return {
    pathname: withoutFragment.slice(0, queryStart),
    query: new URLSearchParams(withoutFragment.slice(queryStart + 1)),
  };
}
