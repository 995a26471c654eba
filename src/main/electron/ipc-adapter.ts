import { ipcMain, type WebContents } from 'electron';
import { EVENT_CHANNEL, methodChannel, methodNames } from '../../shared/contract';
import type { EventBus } from '../rpc/event-bus';
import type { Handlers } from '../rpc/handlers';
import { createIpcInvoker } from '../rpc/ipc-invoke';

/** One `ipcMain.handle` per contract method; the checks live in createIpcInvoker. */
export function registerIpcHandlers(options: { handlers: Handlers; bus: EventBus; devServerUrl?: string }): () => void {
  const invoker = createIpcInvoker(options);
  for (const name of methodNames) ipcMain.handle(methodChannel(name), invoker(name));
  return () => {
    for (const name of methodNames) ipcMain.removeHandler(methodChannel(name));
  };
}

/** Forwards every service event to a window for as long as it lives. */
export function forwardEvents(bus: EventBus, contents: WebContents): void {
  const unsubscribe = bus.subscribe((event) => {
    if (!contents.isDestroyed()) contents.send(EVENT_CHANNEL, event);
  });
  contents.once('destroyed', unsubscribe);
}
