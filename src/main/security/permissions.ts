import { isTrustedAppUrl } from './trusted-origin';

/**
 * The answer to every Chromium permission request and check (camera, geolocation,
 * notifications, clipboard-read, midi, hid, serial, ...): no. An investigation notebook
 * needs none of them, and a page that asks is either a bug or hostile content.
 *
 * One exception: 'clipboard-sanitized-write', which navigator.clipboard.writeText needs in
 * Electron. "Copy quote with citation" uses it. It can only write (never read) and only
 * sanitised data, so a reporter's clipboard cannot be read by it; it is granted to the app's
 * own main origin only, never to anything else that might end up loaded.
 * Ordinary copy and paste through keyboard shortcuts and clipboard events need no permission.
 */
export function permissionDecision(
  permission: string,
  requestingUrl: string,
  options: { devServerUrl?: string } = {},
): boolean {
  if (permission === 'clipboard-sanitized-write') {
    return isTrustedAppUrl(requestingUrl, options.devServerUrl);
  }
  return false;
}
