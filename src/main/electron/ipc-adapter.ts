import { ipcMain, type IpcMainInvokeEvent, type WebContents } from 'electron';
import { EVENT_CHANNEL, methodChannel, methodNames, type Outcome } from '../../shared/contract';
import { dispatch } from '../rpc/dispatch';
import type { EventBus } from '../rpc/event-bus';
import type { Handlers } from '../rpc/handlers';
import { isTrustedIpcSender } from '../security/ipc-sender';

/**
 * One `ipcMain.handle` per contract method. Before any handler runs, the sender must be the
 * main frame of our own app:// page (not an iframe, not a page that navigated elsewhere);
 * then the same dispatch as the HTTP server validates params and results.
 */
export function registerIpcHandlers(options: {
  handlers: Handlers;
  bus: EventBus;
  devServerUrl?: string;
}): () => void {
  const { handlers, bus, devServerUrl } = options;
  for (const name of methodNames) {
    ipcMain.handle(methodChannel(name), async (event: IpcMainInvokeEvent, params: unknown): Promise<Outcome<unknown>> => {
      const frame = event.senderFrame;
      const trusted =
        frame !== null &&
        isTrustedIpcSender({ senderUrl: frame.url, isMainFrame: frame === event.sender.mainFrame, devServerUrl });
      if (!trusted) {
        return { ok: false, error: { code: 'FORBIDDEN', message: 'This request did not come from the Sourcebook window.' } };
      }
      return dispatch(handlers, name, params, { emit: (appEvent) => bus.emit(appEvent) });
    });
  }
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
