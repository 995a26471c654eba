import type { AppEvent } from './events';
import type { Outcome } from './errors';
import type { MethodName, ParamsOf, ResultOf } from './index';

/** IPC channel of one method: one `ipcMain.handle` per method, never a generic invoke. */
export function methodChannel(name: MethodName): string {
  return `sourcebook:${name}`;
}

export const EVENT_CHANNEL = 'sourcebook:event';

/**
 * What the preload puts on `window.sourcebook`: one function per method of the contract,
 * each answering an Outcome, and an event subscription that hands over only the payload.
 */
export interface SourcebookBridge {
  methods: { [K in MethodName]: (params: ParamsOf<K>) => Promise<Outcome<ResultOf<K>>> };
  onEvent(listener: (event: AppEvent) => void): () => void;
}
