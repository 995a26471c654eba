import { CONTENT_SECURITY_POLICY } from './csp';

/**
 * Headers for every response that carries the renderer or talks to it, on both transports
 * (the loopback server and the app:// protocol), so neither can forget one:
 * - nosniff: a file is only ever what its Content-Type says (an imported text never runs);
 * - no-referrer: links to sources never tell their sites where the reporter was;
 * - COOP/CORP same-origin: other pages can neither hold a handle to the window nor embed
 *   our files with <script> or <img>.
 */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
};
