import type { ServerResponse } from 'node:http';
import type { ErrorCode, Outcome } from '../../shared/contract';
import { SECURITY_HEADERS } from '../security/response-headers';

/** Sent on every response, whatever it carries, so no path is left without them. */
export function applySecurityHeaders(res: ServerResponse): void {
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.setHeader(name, value);
}

/** False once the client has gone or an answer was already sent: nothing more to write. */
export function canRespond(res: ServerResponse): boolean {
  return !res.headersSent && !res.writableEnded && !res.destroyed;
}

export function sendOutcome(
  res: ServerResponse,
  status: number,
  outcome: Outcome<unknown>,
  extraHeaders: Record<string, string> = {},
): void {
  if (!canRespond(res)) return;
  const body = JSON.stringify(outcome);
  res.writeHead(status, {
    ...extraHeaders,
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(body),
    'Cache-Control': 'no-store',
  });
  res.end(body);
}

/** A transport-level refusal, still shaped as an Outcome so the client has one format to read. */
export function refuse(
  res: ServerResponse,
  status: number,
  code: ErrorCode,
  message: string,
  extraHeaders: Record<string, string> = {},
): void {
  sendOutcome(res, status, { ok: false, error: { code, message } }, extraHeaders);
}

/**
 * For requests Node cannot even parse (the 'clientError' event), where no ServerResponse
 * exists: a minimal raw answer that still carries the security headers.
 */
export function rawErrorResponse(statusLine: string): string {
  const headers = Object.entries(SECURITY_HEADERS).map(([name, value]) => `${name}: ${value}\r\n`);
  return `HTTP/1.1 ${statusLine}\r\nConnection: close\r\nContent-Length: 0\r\n${headers.join('')}\r\n`;
}
