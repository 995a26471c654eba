import { isTrustedAppUrl } from './trusted-origin';

export { isAppUrl } from './app-protocol';

/**
 * Where the main window may go. It is a single-page app: any navigation away from its own
 * origin is either a link clicked inside an imported source or an attack, and both belong in
 * the system browser, never in a window that holds the bridge to the services.
 */
export function shouldAllowNavigation(targetUrl: string, options: { devServerUrl?: string } = {}): boolean {
  return isTrustedAppUrl(targetUrl, options.devServerUrl);
}

/** Long enough for real links (the contract allows 8192), short enough to bound the work. */
export const MAX_EXTERNAL_URL_LENGTH = 8192;

const EXTERNAL_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);

/**
 * The only links handed to the operating system: web pages and e-mail addresses. Everything
 * else (file:, javascript:, custom schemes that launch other programs, smb: that leaks
 * credentials) is refused. http(s) URLs with user:password@ are refused too, because they
 * are the classic way to disguise the real host (`https://bank.example@evil.example/`).
 * Control characters are refused rather than silently stripped by the URL parser.
 */
export function parseExternalUrl(raw: unknown): URL | null {
  if (typeof raw !== 'string' || raw.length === 0 || raw.length > MAX_EXTERNAL_URL_LENGTH) return null;
  if (/[\u0000-\u001f\u007f]/.test(raw)) return null;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  if (!EXTERNAL_PROTOCOLS.has(url.protocol)) return null;
  if (url.protocol === 'mailto:') return url.pathname.length > 0 ? url : null;
  if (url.username !== '' || url.password !== '' || url.hostname === '') return null;
  return url;
}

export interface WindowOpenDecision {
  /** What to return from Electron's setWindowOpenHandler: the app never opens windows. */
  response: { action: 'deny' };
  /** A checked link to pass to the system browser, or null when the request is dropped. */
  openExternally: URL | null;
}

/**
 * window.open and target=_blank links: no new Electron window ever (it would need its own
 * hardening and could outlive the page that opened it); web and mail links go to the system
 * browser instead, app URLs and everything else are dropped.
 */
export function windowOpenDecision(url: string): WindowOpenDecision {
  return { response: { action: 'deny' }, openExternally: parseExternalUrl(url) };
}
