import type { SourcebookBridge } from '../../../shared/contract';
import type { Transport } from './transport';

export function createIpcTransport(bridge: SourcebookBridge): Transport {
  return {
    kind: 'ipc',
    call: (name, params) => (bridge.methods[name] as (p: unknown) => ReturnType<Transport['call']>)(params),
    onEvent: (listener) => bridge.onEvent(listener),
    onConnectionChange: () => () => undefined,
  };
}
