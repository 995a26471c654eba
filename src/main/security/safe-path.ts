import path from 'node:path';

/**
 * Maps the path part of a request URL to a file inside `rootDir`, or null when it must not be
 * served. Shared by the loopback server and the app:// protocol, which face the same attack:
 * a page (or a link inside an imported source) asking for `../../something`.
 *
 * Checked on the raw path first, because some tricks only exist before decoding
 * (`%2e%2e`, `%5c`), then on the decoded path, then on the resolved result. Refused:
 * - malformed percent-encoding;
 * - NUL, backslashes (a separator on Windows), and ':' (drive letters and NTFS alternate
 *   data streams such as `index.html::$DATA`);
 * - any `.` or `..` segment, and hidden files (segments starting with a dot);
 * - anything that resolves outside `rootDir`.
 * An empty path or `/` maps to index.html.
 */
export function resolvePathInside(rootDir: string, urlPath: string): string | null {
  if (!urlPath.startsWith('/') && urlPath !== '') return null;
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (/[\0\\:]/.test(decoded) || /[\u0000-\u001f\u007f]/.test(decoded)) return null;

  const segments = decoded.split('/').filter((segment) => segment !== '');
  if (segments.some((segment) => segment.startsWith('.'))) return null;
  if (segments.length === 0) segments.push('index.html');

  const root = path.resolve(rootDir);
  const resolved = path.resolve(root, ...segments);
  return isInside(root, resolved) ? resolved : null;
}

/** True when `candidate` is `root` itself or below it (both absolute and normalised). */
export function isInside(root: string, candidate: string): boolean {
  const relative = path.relative(root, candidate);
  if (relative === '') return true;
  return relative !== '..' && !relative.startsWith(`..${path.sep}`) && !path.isAbsolute(relative);
}
