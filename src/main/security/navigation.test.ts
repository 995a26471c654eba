import { describe, expect, it } from 'vitest';
import { MAX_EXTERNAL_URL_LENGTH, parseExternalUrl, shouldAllowNavigation, windowOpenDecision } from './navigation';

const devServerUrl = 'http://localhost:5173/';

describe('shouldAllowNavigation', () => {
  it('allows the app itself', () => {
    expect(shouldAllowNavigation('app://sourcebook/index.html')).toBe(true);
  });

  it('allows the dev server origin only when one is given', () => {
    expect(shouldAllowNavigation('http://localhost:5173/#/sources', { devServerUrl })).toBe(true);
    expect(shouldAllowNavigation('http://localhost:5173/')).toBe(false);
  });

  it.each([
    'https://example.com/',
    'http://localhost:5174/',
    'https://localhost:5173/',
    'http://127.0.0.1:5173/',
    'file:///etc/passwd',
    'javascript:alert(1)',
    'app://elsewhere/',
    'about:blank',
    '',
  ])('refuses %s even with a dev server', (url) => {
    expect(shouldAllowNavigation(url, { devServerUrl })).toBe(false);
  });

  it('ignores a dev server URL that is not http(s)', () => {
    expect(shouldAllowNavigation('file:///x', { devServerUrl: 'file:///x' })).toBe(false);
  });
});

describe('parseExternalUrl', () => {
  it.each([
    'https://www.example.org/report?id=3#p2',
    'http://example.org/',
    'mailto:desk@example.org?subject=Tip',
  ])('accepts %s', (raw) => {
    expect(parseExternalUrl(raw)?.href).toBe(new URL(raw).href);
  });

  it.each([
    ['file URL', 'file:///etc/passwd'],
    ['javascript URL', 'javascript:alert(1)'],
    ['data URL', 'data:text/html,<script>alert(1)</script>'],
    ['custom scheme', 'ms-msdt:/id PCWDiagnostic'],
    ['smb share', 'smb://server/share'],
    ['credentials', 'https://bank.example@evil.example/'],
    ['user and password', 'http://user:pw@example.org/'],
    ['relative path', '/relative/path'],
    ['empty mailto', 'mailto:'],
    ['embedded newline', 'https://example.org/\nx'],
    ['empty', ''],
  ])('refuses a %s', (_label, raw) => {
    expect(parseExternalUrl(raw)).toBeNull();
  });

  it('refuses non-strings and over-long input', () => {
    expect(parseExternalUrl(undefined)).toBeNull();
    expect(parseExternalUrl(42)).toBeNull();
    const long = `https://example.org/${'a'.repeat(MAX_EXTERNAL_URL_LENGTH)}`;
    expect(parseExternalUrl(long)).toBeNull();
  });
});

describe('windowOpenDecision', () => {
  it('always denies, and hands web links to the system browser', () => {
    const decision = windowOpenDecision('https://example.org/story');
    expect(decision.response).toEqual({ action: 'deny' });
    expect(decision.openExternally?.href).toBe('https://example.org/story');
  });

  it.each(['app://sourcebook/index.html', 'file:///etc/passwd', 'javascript:void(0)', 'about:blank'])(
    'denies %s without opening anything',
    (url) => {
      expect(windowOpenDecision(url)).toEqual({ response: { action: 'deny' }, openExternally: null });
    },
  );
});
