import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { APP_ENTRY_URL, APP_ORIGIN, isAppUrl, resolveAppAssetPath } from './app-protocol';

const root = path.resolve('/opt/sourcebook/renderer');

describe('app protocol constants', () => {
  it('agree with each other', () => {
    expect(APP_ORIGIN).toBe('app://sourcebook');
    expect(APP_ENTRY_URL.startsWith(`${APP_ORIGIN}/`)).toBe(true);
    expect(isAppUrl(APP_ENTRY_URL)).toBe(true);
  });
});

describe('isAppUrl', () => {
  it.each(['app://sourcebook/', 'app://sourcebook/index.html?x=1#y', 'app://SOURCEBOOK/assets/a.js'])('accepts %s', (url) => {
    expect(isAppUrl(url)).toBe(true);
  });

  it.each([
    'app://other/',
    'app://sourcebook:8080/',
    'app://user:pw@sourcebook/',
    'app://sourcebook.evil.example/',
    'https://sourcebook/',
    'file:///opt/sourcebook/renderer/index.html',
    'not a url',
    '',
  ])('refuses %s', (url) => {
    expect(isAppUrl(url)).toBe(false);
  });
});

describe('resolveAppAssetPath', () => {
  it('serves index.html for the root and files under the renderer folder', () => {
    expect(resolveAppAssetPath(root, 'app://sourcebook/')).toBe(path.join(root, 'index.html'));
    expect(resolveAppAssetPath(root, 'app://sourcebook')).toBe(path.join(root, 'index.html'));
    expect(resolveAppAssetPath(root, 'app://sourcebook/assets/index-abc.js?v=1')).toBe(
      path.join(root, 'assets', 'index-abc.js'),
    );
  });

  it.each([
    'app://other/index.html',
    'https://sourcebook/index.html',
    'app://sourcebook/../secret',
    'app://sourcebook/%2e%2e/secret',
    'app://sourcebook/assets/..%2f..%2fsecret',
    'app://sourcebook/..%5csecret',
    'app://sourcebook/assets\\..\\..\\secret',
    'app://sourcebook/index.html%00.js',
    'garbage',
  ])('refuses %s', (url) => {
    expect(resolveAppAssetPath(root, url)).toBeNull();
  });
});
