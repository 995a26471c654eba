import { isTrustedAppUrl } from './trusted-origin';

export interface IpcSenderFacts {
  /** `event.senderFrame.url`; absent when the frame is already gone. */
  senderUrl: string | null | undefined;
  /** `event.senderFrame === event.sender.mainFrame`. */
  isMainFrame: boolean;
  devServerUrl?: string;
}

/**
 * Checked before any IPC handler runs (as VS Code's validateEvent does): only the main frame
 * of the app's own origin may call the services. A subframe (an embedded page, should one
 * ever load) or a window that navigated elsewhere gets nothing, whatever it sends.
 */
export function isTrustedIpcSender(facts: IpcSenderFacts): boolean {
  if (facts.isMainFrame !== true) return false;
  if (typeof facts.senderUrl !== 'string' || facts.senderUrl === '') return false;
  return isTrustedAppUrl(facts.senderUrl, facts.devServerUrl);
}
