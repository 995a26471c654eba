import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../security/csp';
import type { RunningHttpServer } from './http-server';
import { send, startTestServer } from './test-support';

const SECRET = 'SECRET-OUTSIDE-THE-RENDERER';
const INDEX = '<!doctype html><title>Sourcebook</title><script type="module" src="/assets/index-3f2a.js"></script>';

describe('HTTP server static files', () => {
  let workDir: string;
  let server: RunningHttpServer;
  let port: number;

  beforeAll(async () => {
    workDir = await mkdtemp(path.join(os.tmpdir(), 'sourcebook-static-'));
    const rendererDir = path.join(workDir, 'renderer');
    await mkdir(path.join(rendererDir, 'assets'), { recursive: true });
    await writeFile(path.join(rendererDir, 'index.html'), INDEX);
    await writeFile(path.join(rendererDir, 'assets', 'index-3f2a.js'), 'console.log("app");');
    await writeFile(path.join(rendererDir, 'assets', 'index-9c1d.css'), 'body{}');
    await writeFile(path.join(rendererDir, 'assets', 'inter-1b2c.woff2'), Buffer.from([0x77, 0x4f, 0x46, 0x32]));
    await writeFile(path.join(rendererDir, '.env'), SECRET);
    await writeFile(path.join(workDir, 'secret.txt'), SECRET);
    await symlink(path.join(workDir, 'secret.txt'), path.join(rendererDir, 'assets', 'leak.txt'));
    ({ server } = await startTestServer({}, { rendererDir }));
    port = server.port;
  });
  afterAll(async () => {
    await server.close();
    await rm(workDir, { recursive: true, force: true });
  });

  it.each(['/', '/index.html', '/?from=menu'])('serves index.html for %s, uncached, with the CSP', async (urlPath) => {
    const response = await send(port, { path: urlPath });
    expect(response.status).toBe(200);
    expect(response.text).toBe(INDEX);
    expect(response.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(response.headers['cache-control']).toBe('no-store');
    expect(response.headers['content-security-policy']).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['referrer-policy']).toBe('no-referrer');
    expect(response.headers['cross-origin-opener-policy']).toBe('same-origin');
    expect(response.headers['cross-origin-resource-policy']).toBe('same-origin');
  });

  it.each([
    ['/assets/index-3f2a.js', 'text/javascript; charset=utf-8'],
    ['/assets/index-9c1d.css', 'text/css; charset=utf-8'],
    ['/assets/inter-1b2c.woff2', 'font/woff2'],
  ])('serves %s as %s, cacheable for good', async (urlPath, mimeType) => {
    const response = await send(port, { path: urlPath });
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe(mimeType);
    expect(response.headers['cache-control']).toContain('immutable');
  });

  it('answers HEAD with headers only', async () => {
    const response = await send(port, { method: 'HEAD', path: '/' });
    expect(response.status).toBe(200);
    expect(response.headers['content-length']).toBe(String(Buffer.byteLength(INDEX)));
    expect(response.text).toBe('');
  });

  it.each(['/sources/12', '/assets/missing.js', '/assets', '/assets/'])('answers 404 for %s (no SPA fallback)', async (urlPath) => {
    expect((await send(port, { path: urlPath })).status).toBe(404);
  });

  it.each([
    '/../secret.txt',
    '/assets/../../secret.txt',
    '/%2e%2e/secret.txt',
    '/%2E%2E/%2e%2e/secret.txt',
    '/assets/..%2f..%2fsecret.txt',
    '/..%5csecret.txt',
    '/assets\\..\\..\\secret.txt',
    '/index.html%00.js',
    '/.env',
    '/assets/leak.txt',
    '//etc/passwd',
  ])('refuses the traversal attempt %s', async (urlPath) => {
    const response = await send(port, { path: urlPath });
    expect([403, 404]).toContain(response.status);
    expect(response.text).not.toContain(SECRET);
  });
});
