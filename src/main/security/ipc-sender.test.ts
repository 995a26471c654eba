import { describe, expect, it } from 'vitest';
import { isTrustedIpcSender } from './ipc-sender';

describe('isTrustedIpcSender', () => {
  it('trusts the main frame of the app', () => {
    expect(isTrustedIpcSender({ senderUrl: 'app://sourcebook/index.html', isMainFrame: true })).toBe(true);
  });

  it('refuses a subframe, even of the app', () => {
    expect(isTrustedIpcSender({ senderUrl: 'app://sourcebook/index.html', isMainFrame: false })).toBe(false);
  });

  it.each(['https://example.org/', 'file:///tmp/evil.html', 'about:blank', 'app://other/', '', null, undefined])(
    'refuses a main frame at %s',
    (senderUrl) => {
      expect(isTrustedIpcSender({ senderUrl, isMainFrame: true })).toBe(false);
    },
  );

  it('trusts the dev server origin only when one is given', () => {
    const devServerUrl = 'http://localhost:5173/';
    expect(isTrustedIpcSender({ senderUrl: 'http://localhost:5173/#/x', isMainFrame: true, devServerUrl })).toBe(true);
    expect(isTrustedIpcSender({ senderUrl: 'http://localhost:5173/', isMainFrame: true })).toBe(false);
    expect(isTrustedIpcSender({ senderUrl: 'http://localhost:5174/', isMainFrame: true, devServerUrl })).toBe(false);
  });
});
