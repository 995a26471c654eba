import type { MethodName, Outcome } from '../../shared/contract';
import { isTrustedIpcSender } from '../security/ipc-sender';
import { dispatch } from './dispatch';
import type { EventBus } from './event-bus';
import type { Handlers } from './handlers';

/** The parts of Electron's IpcMainInvokeEvent the check needs, so it runs without Electron. */
export interface InvokeEventLike {
  senderFrame: { url: string } | null;
  sender: { mainFrame: unknown };
}

/**
 * What `ipcMain.handle` runs for one method. Before any handler runs, the sender must be the
 * main frame of our own app:// page (not an iframe, not a page that navigated elsewhere);
 * then the same dispatch as the HTTP server validates params and results.
 */
export function createIpcInvoker(options: { handlers: Handlers; bus: EventBus; devServerUrl?: string }) {
  const { handlers, bus, devServerUrl } = options;
  return (name: MethodName) =>
    async (event: InvokeEventLike, params: unknown): Promise<Outcome<unknown>> => {
      const frame = event.senderFrame;
      const trusted =
        frame !== null &&
        isTrustedIpcSender({ senderUrl: frame.url, isMainFrame: frame === event.sender.mainFrame, devServerUrl });
      if (!trusted) {
        return { ok: false, error: { code: 'FORBIDDEN', message: 'This request did not come from the Sourcebook window.' } };
      }
      return dispatch(handlers, name, params, { emit: (appEvent) => bus.emit(appEvent) });
    };
}
