import {
  methodNames,
  type AppEvent,
  type MethodName,
  type ParamsOf,
  type ResultOf,
  type SourcebookApi,
} from '../../../shared/contract';
import { ApiError } from './api-error';
import { createHttpTransport, takeTokenFromLocation } from './http-transport';
import { createIpcTransport } from './ipc-transport';
import type { Transport } from './transport';

export interface ApiClient {
  readonly transport: Transport['kind'];
  call<K extends MethodName>(name: K, params: ParamsOf<K>): Promise<ResultOf<K>>;
  onEvent(listener: (event: AppEvent) => void): () => void;
  /** The same calls as methods, typed from the contract: `api.methods['sources.list']({})`. */
  readonly methods: SourcebookApi;
}

export function createApiClient(transport: Transport): ApiClient {
  async function call<K extends MethodName>(name: K, params: ParamsOf<K>): Promise<ResultOf<K>> {
    const outcome = await transport.call(name, params);
    if (!outcome.ok) throw new ApiError(outcome.error.code, outcome.error.message);
    return outcome.value as ResultOf<K>;
  }
  const methods = Object.fromEntries(
    methodNames.map((name) => [name, (params: never) => call(name, params)]),
  ) as unknown as SourcebookApi;
  return { transport: transport.kind, call, onEvent: transport.onEvent, methods };
}

/** The desktop app's preload bridge when present, else the loopback server this page came from. */
export function connectToServices(): ApiClient | { error: string } {
  if (window.sourcebook) return createApiClient(createIpcTransport(window.sourcebook));
  const token = takeTokenFromLocation();
  if (!token) {
    return {
      error:
        'This page needs the address printed by `npm run serve` (it carries a one-time key). Open that address again.',
    };
  }
  return createApiClient(createHttpTransport(token));
}
