import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** Serves one static page on loopback: the floor that browser figures are measured against. */
export async function serveStaticPage(html: string): Promise<{ server: Server; url: string }> {
  const server = createServer((_request, response) => {
    response.setHeader('Content-Type', 'text/html; charset=utf-8');
    response.end(html);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/` };
}
