import { isAppUrl } from './app-protocol';

/**
 * True when `url` belongs to the app itself: app://sourcebook, or, during development only,
 * the origin of the dev server the shell was told to load. Everything the renderer may do
 * beyond a plain web page (navigate, call IPC, use a permission) starts from this check.
 */
export function isTrustedAppUrl(url: string, devServerUrl?: string): boolean {
  if (isAppUrl(url)) return true;
  if (!devServerUrl) return false;
  const devOrigin = httpOrigin(devServerUrl);
  return devOrigin !== null && httpOrigin(url) === devOrigin;
}

/** The origin of an http(s) URL, or null for anything else (including unparsable input). */
function httpOrigin(url: string): string | null {
  try {
    const parsed = new URL(url);
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
    if (parsed.username || parsed.password) return null;
    return parsed.origin;
  } catch {
    return null;
  }
}
