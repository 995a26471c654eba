import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isInside, resolvePathInside } from './safe-path';

const root = path.resolve('/srv/renderer');

describe('resolvePathInside', () => {
  it('maps / and the empty path to index.html', () => {
    expect(resolvePathInside(root, '/')).toBe(path.join(root, 'index.html'));
    expect(resolvePathInside(root, '')).toBe(path.join(root, 'index.html'));
  });

  it('maps ordinary and percent-encoded paths inside the root', () => {
    expect(resolvePathInside(root, '/assets/index-3f2a.js')).toBe(path.join(root, 'assets', 'index-3f2a.js'));
    expect(resolvePathInside(root, '/assets/Font%20Name.woff2')).toBe(path.join(root, 'assets', 'Font Name.woff2'));
  });

  it.each([
    ['parent segment', '/../secret.txt'],
    ['nested parent segment', '/assets/../../secret.txt'],
    ['encoded dots', '/%2e%2e/secret.txt'],
    ['mixed-case encoded dots', '/%2E%2e/secret.txt'],
    ['encoded slash with dots', '/assets/..%2f..%2fsecret.txt'],
    ['backslash', '/..\\secret.txt'],
    ['encoded backslash', '/..%5csecret.txt'],
    ['NUL', '/index.html%00.png'],
    ['control character', '/index%0a.html'],
    ['drive letter', '/C:/Windows/win.ini'],
    ['alternate data stream', '/index.html::$DATA'],
    ['hidden file', '/.env'],
    ['single dot segment', '/./index.html'],
    ['malformed encoding', '/%E0%A4%A'],
    ['relative path', 'index.html'],
  ])('refuses %s (%s)', (_label, urlPath) => {
    expect(resolvePathInside(root, urlPath)).toBeNull();
  });
});

describe('isInside', () => {
  it('accepts the root and descendants, refuses siblings that share a prefix', () => {
    expect(isInside(root, root)).toBe(true);
    expect(isInside(root, path.join(root, 'a', 'b'))).toBe(true);
    expect(isInside(root, `${root}-other`)).toBe(false);
    expect(isInside(root, path.dirname(root))).toBe(false);
  });
});
