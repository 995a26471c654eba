import { createHash, timingSafeEqual } from 'node:crypto';
import type { ErrorCode } from '../../shared/contract';

/**
 * The checks every request to the loopback server passes before anything else runs. Pure
 * functions of header values, so each rule is tested on its own.
 *
 * Why each exists:
 * - Host: a web page can point a domain it controls at 127.0.0.1 (DNS rebinding) and then
 *   talk to this server as "same origin". The browser still sends that domain in Host, so
 *   only our own two spellings of the address are answered.
 * - Origin: any page can send requests to 127.0.0.1; browsers say who sent them. Requests
 *   from another origin are refused outright (there is no CORS here, by design).
 * - Token: other local programs and users of the machine can reach the port; only the
 *   process that launched the server (and the browser it handed the URL to) knows it.
 */

export interface GuardRefusal {
  status: 401 | 403;
  code: Extract<ErrorCode, 'UNAUTHORIZED' | 'FORBIDDEN'>;
  message: string;
}

export function allowedOrigins(port: number): string[] {
  return [`http://127.0.0.1:${port}`, `http://localhost:${port}`];
}

export function isAllowedHost(host: string | undefined, port: number): boolean {
  return host === `127.0.0.1:${port}` || host === `localhost:${port}`;
}

/** Requests without an Origin header (navigations, same-origin GETs) are allowed here. */
export function isAllowedOrigin(origin: string | undefined, port: number): boolean {
  return origin === undefined || allowedOrigins(port).includes(origin);
}

/** Host and Origin: applied to every request, static files included. */
export function checkSite(headers: { host?: string; origin?: string }, port: number): GuardRefusal | null {
  if (!isAllowedHost(headers.host, port)) {
    return {
      status: 403,
      code: 'FORBIDDEN',
      message: `Sourcebook answers only at 127.0.0.1:${port} or localhost:${port}.`,
    };
  }
  if (!isAllowedOrigin(headers.origin, port)) {
    return { status: 403, code: 'FORBIDDEN', message: 'Requests from other web pages are not accepted.' };
  }
  return null;
}

/** The token from `Authorization: Bearer <token>`, or null. */
export function bearerToken(authorization: string | undefined): string | null {
  const match = /^Bearer[ \t]+(\S+)[ \t]*$/i.exec(authorization ?? '');
  return match?.[1] ?? null;
}

/**
 * Constant-time comparison. Hashing first gives both sides the same length, so neither the
 * length nor any prefix of the token can be learned from response timing.
 */
export function tokensMatch(expected: string, presented: string | null | undefined): boolean {
  if (typeof presented !== 'string' || presented.length === 0) return false;
  return timingSafeEqual(sha256(expected), sha256(presented));
}

/**
 * The token check for /api. The query form is accepted only where the caller allows it
 * (the event stream: EventSource cannot set headers); a header token always works.
 */
export function checkToken(
  request: { authorization?: string; queryToken?: string | null; allowQueryToken: boolean },
  expected: string,
): GuardRefusal | null {
  const presented = bearerToken(request.authorization) ?? (request.allowQueryToken ? request.queryToken : null);
  if (tokensMatch(expected, presented)) return null;
  return {
    status: 401,
    code: 'UNAUTHORIZED',
    message: 'This Sourcebook session needs its access token: open the address printed when the server started.',
  };
}

/** `application/json`, optionally with `charset=utf-8`; anything else is refused with 415. */
export function isJsonContentType(contentType: string | undefined): boolean {
  if (!contentType) return false;
  const [mediaType = '', ...parameters] = contentType.split(';').map((part) => part.trim().toLowerCase());
  if (mediaType !== 'application/json') return false;
  return parameters.every((parameter) => !parameter.startsWith('charset=') || /^charset="?utf-8"?$/.test(parameter));
}

function sha256(text: string): Buffer {
  return createHash('sha256').update(text, 'utf8').digest();
}
