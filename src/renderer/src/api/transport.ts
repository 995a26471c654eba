import type { AppEvent, MethodName, Outcome } from '../../../shared/contract';

/** A way to reach the services: Electron IPC through the preload, or loopback HTTP. */
export interface Transport {
  readonly kind: 'ipc' | 'http';
  call(name: MethodName, params: unknown): Promise<Outcome<unknown>>;
  onEvent(listener: (event: AppEvent) => void): () => void;
  /**
   * The event channel's health. IPC never drops; the HTTP event stream can ("reconnecting"
   * while the browser retries, "closed" when the server refused it, e.g. after a restart
   * with a new key). After a drop, events may have been missed: re-read what is shown.
   */
  onConnectionChange(listener: (state: ConnectionState) => void): () => void;
}

export type ConnectionState = 'open' | 'reconnecting' | 'closed';
