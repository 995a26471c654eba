import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from './csp';

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy.split(';').map((part) => {
      const [name = '', ...sources] = part.trim().split(/\s+/);
      return [name, sources];
    }),
  );
}

describe('CONTENT_SECURITY_POLICY', () => {
  const parsed = directives(CONTENT_SECURITY_POLICY);

  it('never allows inline code, eval or hashes-as-escape-hatches', () => {
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-/);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/'(nonce|sha\d+)-/);
  });

  it('starts from nothing and loads scripts and styles only from the app itself', () => {
    expect(parsed.get('default-src')).toEqual(["'none'"]);
    expect(parsed.get('script-src')).toEqual(["'self'"]);
    expect(parsed.get('style-src')).toEqual(["'self'"]);
    expect(parsed.get('connect-src')).toEqual(["'self'"]);
  });

  it('denies every remote load: no hosts, no schemes beyond data: and blob:, no wildcards', () => {
    for (const [name, sources] of parsed) {
      for (const source of sources) {
        expect(source, `${name} ${source}`).toMatch(/^('self'|'none'|data:|blob:)$/);
      }
    }
  });

  it('cannot be framed, submit forms, embed plugins or rebase URLs', () => {
    for (const name of ['object-src', 'base-uri', 'form-action', 'frame-ancestors', 'frame-src']) {
      expect(parsed.get(name), name).toEqual(["'none'"]);
    }
  });

  it('is one header line (no stray newlines or trailing separators)', () => {
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/[\r\n]/);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/;\s*$/);
  });
});
