import {
  methods as contract,
  type AppEvent,
  type MethodName,
  type ParamsOf,
  type ResultOf,
} from '../../../shared/contract';
import { ApiError } from './api-error';
import { createHttpTransport, takeTokenFromLocation } from './http-transport';
import { createIpcTransport } from './ipc-transport';
import type { Transport } from './transport';

export interface ApiClient {
  call<K extends MethodName>(name: K, params: ParamsOf<K>): Promise<ResultOf<K>>;
  onEvent(listener: (event: AppEvent) => void): () => void;
  onConnectionChange: Transport['onConnectionChange'];
}

export function createApiClient(transport: Transport): ApiClient {
  // Both ends check the contract: a bad request fails here with a clear message before it
  // travels, and an answer that does not match the contract is never handed to the UI.
  async function call<K extends MethodName>(name: K, params: ParamsOf<K>): Promise<ResultOf<K>> {
    const checkedParams = contract[name].params.safeParse(params ?? {});
    if (!checkedParams.success) {
      throw new ApiError('INVALID_PARAMS', checkedParams.error.issues[0]?.message ?? `Invalid request to ${name}.`);
    }
    const outcome = await transport.call(name, checkedParams.data);
    if (!outcome.ok) throw new ApiError(outcome.error.code, outcome.error.message);
    const checkedResult = contract[name].result.safeParse(outcome.value);
    if (!checkedResult.success) {
      throw new ApiError('INVALID_RESULT', `Sourcebook's service gave an unexpected answer to ${name}.`);
    }
    return checkedResult.data as ResultOf<K>;
  }
  return { call, onEvent: transport.onEvent, onConnectionChange: transport.onConnectionChange };
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
