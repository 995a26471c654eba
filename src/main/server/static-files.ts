import { createReadStream } from 'node:fs';
import { realpath, stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { isInside, resolvePathInside } from '../security/safe-path';
import { mimeTypeFor } from './mime-types';
import { canRespond } from './responses';

/**
 * Serves the built renderer: `/` and `/index.html` are the page, everything else must be a
 * real file under the folder. No SPA fallback: the app routes in the fragment, so an unknown
 * path is a mistake or a probe, and gets 404 (also for traversal attempts, which are not
 * worth a different answer). The caller has checked Host and Origin and the method.
 */
export async function serveStaticFile(
  req: IncomingMessage,
  res: ServerResponse,
  rendererDir: string,
  urlPath: string,
): Promise<void> {
  const file = await findFile(rendererDir, urlPath);
  if (!file) {
    notFound(res);
    return;
  }
  if (!canRespond(res)) return;
  res.writeHead(200, {
    'Content-Type': mimeTypeFor(file.path),
    'Content-Length': file.size,
    'Cache-Control': cacheControlFor(urlPath, file.path),
  });
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  try {
    await pipeline(createReadStream(file.path), res);
  } catch {
    // The client went away or the file vanished mid-read; the connection is already spent.
    res.destroy();
  }
}

async function findFile(rendererDir: string, urlPath: string): Promise<{ path: string; size: number } | null> {
  const candidate = resolvePathInside(rendererDir, urlPath);
  if (!candidate) return null;
  try {
    // Resolve symlinks on both sides: a link inside the folder must not lead outside it.
    const [realRoot, realFile] = await Promise.all([realpath(rendererDir), realpath(candidate)]);
    if (!isInside(realRoot, realFile)) return null;
    const info = await stat(realFile);
    return info.isFile() ? { path: realFile, size: info.size } : null;
  } catch {
    return null;
  }
}

/**
 * The page is never cached, so a new build is picked up on reload; Vite's hashed assets
 * never change under the same name, so they can be kept for good.
 */
function cacheControlFor(urlPath: string, filePath: string): string {
  if (path.extname(filePath) === '.html') return 'no-store';
  if (urlPath.startsWith('/assets/')) return 'public, max-age=31536000, immutable';
  return 'no-cache';
}

function notFound(res: ServerResponse): void {
  if (!canRespond(res)) return;
  const body = 'Not found\n';
  res.writeHead(404, {
    'Content-Type': 'text/plain; charset=utf-8',
    'Content-Length': Buffer.byteLength(body),
    'Cache-Control': 'no-store',
  });
  res.end(body);
}
