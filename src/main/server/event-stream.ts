import type { IncomingMessage, ServerResponse } from 'node:http';
import type { EventBus } from '../rpc/event-bus';

/** Often enough to keep idle connections (and anything between) from timing out. */
export const DEFAULT_HEARTBEAT_MS = 15_000;

/**
 * A client that stops reading would make the server buffer events without limit; past this
 * much unsent data the stream is closed and EventSource reconnects on its own.
 */
const MAX_UNSENT_BYTES = 4 * 1024 * 1024;

export interface EventStream {
  /** Ends the stream from the server side (shutdown); idempotent. */
  close(): void;
}

/**
 * `GET /api/events`: every AppEvent from the bus as one server-sent event (`data: <json>`).
 * JSON.stringify never emits a raw newline, so each event is exactly one data line.
 * The caller has already checked Host, Origin and the token.
 */
export function openEventStream(
  req: IncomingMessage,
  res: ServerResponse,
  bus: EventBus,
  options: { heartbeatMs?: number; onClosed?: () => void } = {},
): EventStream {
  // Subscribe before the headers go out: a client that has seen the response has a subscription.
  const unsubscribe = bus.subscribe((event) => send(`data: ${JSON.stringify(event)}\n\n`));
  const heartbeat = setInterval(() => send(': heartbeat\n\n'), options.heartbeatMs ?? DEFAULT_HEARTBEAT_MS);
  heartbeat.unref();

  let closed = false;
  const cleanUp = () => {
    if (closed) return;
    closed = true;
    clearInterval(heartbeat);
    unsubscribe();
    options.onClosed?.();
  };

  function send(chunk: string): void {
    if (closed || res.writableEnded || res.destroyed) return;
    if (res.writableLength > MAX_UNSENT_BYTES) {
      res.destroy();
      return;
    }
    res.write(chunk);
  }

  req.on('close', cleanUp);
  res.on('close', cleanUp);
  res.on('error', cleanUp);
  // The stream is long-lived by design: no idle timeout, no Nagle delay for small events.
  req.socket.setTimeout(0);
  req.socket.setNoDelay(true);

  res.writeHead(200, {
    'Content-Type': 'text/event-stream; charset=utf-8',
    'Cache-Control': 'no-store',
    'X-Accel-Buffering': 'no',
  });
  res.flushHeaders();
  // A first comment so that clients and proxies see bytes at once, and a reconnect delay.
  res.write(': connected\nretry: 2000\n\n');

  return {
    close() {
      if (!res.writableEnded) res.end();
      cleanUp();
    },
  };
}
