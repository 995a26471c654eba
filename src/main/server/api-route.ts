import type { IncomingMessage, ServerResponse } from 'node:http';
import { isMethodName, methods } from '../../shared/contract';
import { dispatch } from '../rpc/dispatch';
import type { EventBus } from '../rpc/event-bus';
import type { Handlers } from '../rpc/handlers';
import { readJsonBody } from './read-json-body';
import { isJsonContentType } from './request-guard';
import { refuse, sendOutcome } from './responses';

export const CALL_PATH_PREFIX = '/api/call/';

export interface ApiCallDeps {
  handlers: Handlers;
  bus: EventBus;
  maxBodyBytes: number;
}

/**
 * `POST /api/call/<method>` with the params as a JSON body. The caller has already checked
 * Host, Origin and the token. Whatever the service says comes back with HTTP 200 as the
 * Outcome from dispatch (which validates params and results and never throws); only
 * refusals of the request itself use other statuses, with the same body shape.
 */
export async function handleApiCall(
  req: IncomingMessage,
  res: ServerResponse,
  pathname: string,
  deps: ApiCallDeps,
): Promise<void> {
  if (req.method !== 'POST') {
    refuse(res, 405, 'UNSUPPORTED', 'Calls are made with POST.', { Allow: 'POST' });
    return;
  }
  const name = methodNameFrom(pathname);
  if (!isMethodName(name)) {
    const shown = JSON.stringify((name ?? pathname.slice(CALL_PATH_PREFIX.length)).slice(0, 80));
    refuse(res, 404, 'UNKNOWN_METHOD', `There is no method called ${shown}.`);
    return;
  }
  // Requiring JSON also makes the call unreachable from a plain cross-site HTML form,
  // which can only send form encodings and text/plain.
  if (!isJsonContentType(req.headers['content-type'])) {
    refuse(res, 415, 'UNSUPPORTED', 'Calls must send their params as Content-Type: application/json.');
    return;
  }

  const body = await readJsonBody(req, Math.max(deps.maxBodyBytes, methods[name].maxRequestBytes ?? 0));
  switch (body.kind) {
    case 'aborted':
      return;
    case 'too-large':
      // Closing the connection stops a client that is still sending a huge body.
      refuse(res, 413, 'INVALID_PARAMS', body.message, { Connection: 'close' });
      return;
    case 'malformed':
      refuse(res, 400, 'INVALID_PARAMS', `Invalid request to ${name}: ${body.message}`);
      return;
    case 'parsed': {
      const outcome = await dispatch(deps.handlers, name, body.value, { emit: (event) => deps.bus.emit(event) });
      sendOutcome(res, 200, outcome);
    }
  }
}

function methodNameFrom(pathname: string): string | null {
  try {
    return decodeURIComponent(pathname.slice(CALL_PATH_PREFIX.length));
  } catch {
    return null;
  }
}
