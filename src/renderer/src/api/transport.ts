import type { AppEvent, MethodName, Outcome } from '../../../shared/contract';

/** A way to reach the services: Electron IPC through the preload, or loopback HTTP. */
export interface Transport {
  readonly kind: 'ipc' | 'http';
  call(name: MethodName, params: unknown): Promise<Outcome<unknown>>;
  onEvent(listener: (event: AppEvent) => void): () => void;
}
