import { resolvePathInside } from './safe-path';

/**
 * The desktop app loads its renderer from a custom scheme rather than file://, so the page
 * has a real, fixed origin (cookies, storage and CSP 'self' mean something) and cannot read
 * arbitrary files. The shell registers the scheme as standard and secure before app ready.
 */
export const APP_SCHEME = 'app';
export const APP_HOST = 'sourcebook';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

/**
 * True for `app://sourcebook/...` and nothing else: no other host, no port, no credentials.
 * The host is compared case-insensitively because Chromium lowercases hosts of standard
 * schemes while Node's URL parser keeps them as written.
 */
export function isAppUrl(url: string | URL): boolean {
  const parsed = toUrl(url);
  if (!parsed) return false;
  return (
    parsed.protocol === `${APP_SCHEME}:` &&
    parsed.hostname.toLowerCase() === APP_HOST &&
    parsed.port === '' &&
    parsed.username === '' &&
    parsed.password === ''
  );
}

/**
 * The file to answer an app:// request with, or null (the shell answers 404). Only the
 * app's own host is served; `/` means index.html; the path must stay inside `rootDir`.
 */
export function resolveAppAssetPath(rootDir: string, requestUrl: string): string | null {
  if (!isAppUrl(requestUrl)) return null;
  // The path is taken from the raw string, not from `new URL`, because the URL parser quietly
  // removes `..` and `%2e%2e` segments; a request that contains them is refused, not repaired.
  const rawPath = /^[a-z][a-z0-9+.-]*:\/\/[^/?#]*([^?#]*)/i.exec(requestUrl)?.[1];
  return rawPath === undefined ? null : resolvePathInside(rootDir, rawPath);
}

function toUrl(url: string | URL): URL | null {
  if (url instanceof URL) return url;
  if (typeof url !== 'string') return null;
  try {
    return new URL(url);
  } catch {
    return null;
  }
}
