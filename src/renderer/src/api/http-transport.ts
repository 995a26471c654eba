import { appEventSchema, type AppEvent, type Outcome } from '../../../shared/contract';
import type { ConnectionState, Transport } from './transport';

const TOKEN_KEY = 'sourcebook.token';

/**
 * The server prints a URL with the token in its fragment (never sent over the wire). Take it,
 * keep it for this tab only, and remove it from the address bar so it is not shared or
 * bookmarked by accident.
 */
export function takeTokenFromLocation(): string | null {
  const fragment = new URLSearchParams(window.location.hash.replace(/^#/, ''));
  const fromUrl = fragment.get('token');
  if (fromUrl) {
    window.sessionStorage.setItem(TOKEN_KEY, fromUrl);
    window.history.replaceState(null, '', window.location.pathname + window.location.search);
    return fromUrl;
  }
  return window.sessionStorage.getItem(TOKEN_KEY);
}

export function createHttpTransport(token: string): Transport {
  const listeners = new Set<(event: AppEvent) => void>();
  const connectionListeners = new Set<(state: ConnectionState) => void>();
  let stream: EventSource | null = null;
  let state: ConnectionState = 'open';

  function setState(next: ConnectionState) {
    if (next === state) return;
    state = next;
    for (const listener of connectionListeners) listener(next);
  }

  function openStream() {
    stream = new EventSource(`/api/events?token=${encodeURIComponent(token)}`);
    stream.onopen = () => setState('open');
    // The browser retries by itself after a network error, but gives up for good when the
    // server answers with an error status (a restarted server with a new key answers 401).
    stream.onerror = () => setState(stream?.readyState === EventSource.CLOSED ? 'closed' : 'reconnecting');
    stream.onmessage = (message) => {
      const parsed = appEventSchema.safeParse(safeJson(message.data));
      if (!parsed.success) return;
      for (const listener of listeners) listener(parsed.data);
    };
  }

  return {
    kind: 'http',
    async call(name, params) {
      const response = await fetch(`/api/call/${encodeURIComponent(name)}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
        // A Blob, not a string: Chromium copies a string body on the main thread (about 20 ms for
        // a long note's save, enough to delay the next keystroke); a Blob is handed over whole.
        body: new Blob([JSON.stringify(params ?? {})], { type: 'application/json' }),
      });
      const body = safeJson(await response.text());
      if (isOutcome(body)) return body;
      return {
        ok: false,
        error: { code: 'INTERNAL', message: `The Sourcebook server answered ${response.status} without a usable reply.` },
      };
    },
    onConnectionChange(listener) {
      connectionListeners.add(listener);
      return () => connectionListeners.delete(listener);
    },
    onEvent(listener) {
      listeners.add(listener);
      if (!stream) openStream();
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0 && stream) {
          stream.close();
          stream = null;
        }
      };
    },
  };
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function isOutcome(value: unknown): value is Outcome<unknown> {
  return typeof value === 'object' && value !== null && typeof (value as { ok?: unknown }).ok === 'boolean';
}
