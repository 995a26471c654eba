import {
  EVENT_CHANNEL,
  methodChannel,
  methodNames,
  type AppEvent,
  type SourcebookBridge,
} from '../shared/contract';

/** The two calls of Electron's ipcRenderer the bridge uses; typed here so it tests without Electron. */
export interface IpcRendererLike {
  invoke(channel: string, ...args: unknown[]): Promise<unknown>;
  on(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
  removeListener(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
}

/**
 * One narrow function per contract method, so the page can reach these channels and no
 * other; and an event subscription that hands over the payload, never the IPC event (which
 * carries `sender` and ports).
 */
export function createBridge(ipc: IpcRendererLike): SourcebookBridge {
  const methods = Object.fromEntries(
    methodNames.map((name) => [name, (params: unknown) => ipc.invoke(methodChannel(name), params)]),
  ) as SourcebookBridge['methods'];
  return {
    methods,
    onEvent(listener) {
      const forward = (_event: unknown, payload: unknown) => listener(payload as AppEvent);
      ipc.on(EVENT_CHANNEL, forward);
      return () => {
        ipc.removeListener(EVENT_CHANNEL, forward);
      };
    },
  };
}
