import type { IncomingMessage } from 'node:http';

/** Big enough for any call the contract has today; imports of whole files will need more. */
export const DEFAULT_MAX_BODY_BYTES = 8 * 1024 * 1024;

export type JsonBody =
  | { kind: 'parsed'; value: unknown }
  | { kind: 'too-large'; message: string }
  | { kind: 'malformed'; message: string }
  | { kind: 'aborted' };

/**
 * Reads and parses a request body without ever holding more than `maxBytes` of it: a
 * declared Content-Length over the limit is refused before reading, and a streamed body is
 * dropped as soon as it passes the limit. An empty body means "no params" (undefined).
 */
export async function readJsonBody(req: IncomingMessage, maxBytes: number): Promise<JsonBody> {
  const tooLarge: JsonBody = {
    kind: 'too-large',
    message: `The request is larger than the ${formatBytes(maxBytes)} this server accepts.`,
  };
  const declared = Number(req.headers['content-length']);
  if (Number.isFinite(declared) && declared > maxBytes) return tooLarge;

  const raw = await collect(req, maxBytes);
  if (raw === 'too-large') return tooLarge;
  if (raw === 'aborted') return { kind: 'aborted' };
  return parse(raw);
}

function collect(req: IncomingMessage, maxBytes: number): Promise<Buffer | 'too-large' | 'aborted'> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const finish = (result: Buffer | 'too-large' | 'aborted') => {
      req.off('data', onData);
      req.off('end', onEnd);
      req.off('error', onAborted);
      req.off('close', onClose);
      resolve(result);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBytes) {
        chunks.length = 0;
        // Keep draining (and discarding) so the client can read the 413 instead of a reset.
        req.resume();
        finish('too-large');
        return;
      }
      chunks.push(chunk);
    };
    const onEnd = () => finish(Buffer.concat(chunks, size));
    const onAborted = () => finish('aborted');
    const onClose = () => {
      if (!req.complete) finish('aborted');
    };
    req.on('data', onData);
    req.on('end', onEnd);
    req.on('error', onAborted);
    req.on('close', onClose);
  });
}

function parse(raw: Buffer): JsonBody {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(raw);
  } catch {
    return { kind: 'malformed', message: 'The request body is not valid UTF-8 text.' };
  }
  if (text.trim() === '') return { kind: 'parsed', value: undefined };
  try {
    return { kind: 'parsed', value: JSON.parse(text) };
  } catch (error) {
    const detail = error instanceof SyntaxError ? `: ${error.message.slice(0, 200)}` : '';
    return { kind: 'malformed', message: `The request body is not valid JSON${detail}` };
  }
}

function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) === 0) return `${bytes / (1024 * 1024)} MiB`;
  if (bytes >= 1024 && bytes % 1024 === 0) return `${bytes / 1024} KiB`;
  return `${bytes} bytes`;
}
