/**
 * The renderer's Content-Security-Policy, sent by the loopback server and by the Electron
 * shell's app:// protocol alike. Everything the app shows comes from its own bundle, so the
 * policy starts from nothing and names each kind of resource it may load. No 'unsafe-inline'
 * and no 'unsafe-eval': an injected string in an imported source must never become code.
 *
 * Notes for whoever loosens this:
 * - img-src allows data: and blob: for pasted images and previews made in the page itself.
 * - style-src 'self' still lets React and Lexical set styles through the CSSOM
 *   (`element.style`), which CSP does not govern; only <style> tags and style="" markup are
 *   refused.
 * - connect-src 'self' covers both transports' needs in server mode (fetch and EventSource).
 */
export const CSP_DIRECTIVES: Readonly<Record<string, readonly string[]>> = {
  'default-src': ["'none'"],
  'script-src': ["'self'"],
  'style-src': ["'self'"],
  'img-src': ["'self'", 'data:', 'blob:'],
  'font-src': ["'self'", 'data:'],
  'connect-src': ["'self'"],
  'manifest-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'none'"],
  'frame-ancestors': ["'none'"],
  'frame-src': ["'none'"],
};

export const CONTENT_SECURITY_POLICY: string = Object.entries(CSP_DIRECTIVES)
  .map(([directive, sources]) => `${directive} ${sources.join(' ')}`)
  .join('; ');
