import { describe, expect, it } from 'vitest';
import {
  bearerToken,
  checkSite,
  checkToken,
  isAllowedHost,
  isAllowedOrigin,
  isJsonContentType,
  tokensMatch,
} from './request-guard';

const port = 41234;
const token = 'tok-0123456789abcdef';

describe('isAllowedHost', () => {
  it('accepts exactly the two loopback spellings with our port', () => {
    expect(isAllowedHost(`127.0.0.1:${port}`, port)).toBe(true);
    expect(isAllowedHost(`localhost:${port}`, port)).toBe(true);
  });

  it.each([
    undefined,
    '',
    '127.0.0.1',
    'localhost',
    `127.0.0.1:${port + 1}`,
    `evil.example:${port}`,
    `localhost.evil.example:${port}`,
    `[::1]:${port}`,
    `0.0.0.0:${port}`,
    `127.0.0.1:${port} `,
  ])('refuses %j', (host) => {
    expect(isAllowedHost(host, port)).toBe(false);
  });
});

describe('isAllowedOrigin', () => {
  it('accepts no Origin header and our own origins', () => {
    expect(isAllowedOrigin(undefined, port)).toBe(true);
    expect(isAllowedOrigin(`http://127.0.0.1:${port}`, port)).toBe(true);
    expect(isAllowedOrigin(`http://localhost:${port}`, port)).toBe(true);
  });

  it.each([
    'null',
    '',
    'https://evil.example',
    `https://127.0.0.1:${port}`,
    `http://127.0.0.1:${port + 1}`,
    `http://127.0.0.1:${port}/`,
    `http://127.0.0.1:${port}, https://evil.example`,
  ])('refuses %j', (origin) => {
    expect(isAllowedOrigin(origin, port)).toBe(false);
  });
});

describe('checkSite', () => {
  it('answers 403 for a foreign Host before looking at anything else', () => {
    expect(checkSite({ host: `evil.example:${port}` }, port)).toMatchObject({ status: 403, code: 'FORBIDDEN' });
  });

  it('answers 403 for a foreign Origin', () => {
    expect(checkSite({ host: `localhost:${port}`, origin: 'https://evil.example' }, port)).toMatchObject({
      status: 403,
    });
  });

  it('passes our own requests', () => {
    expect(checkSite({ host: `127.0.0.1:${port}`, origin: `http://127.0.0.1:${port}` }, port)).toBeNull();
  });
});

describe('bearerToken', () => {
  it('reads the token from a Bearer header, case-insensitively on the scheme', () => {
    expect(bearerToken(`Bearer ${token}`)).toBe(token);
    expect(bearerToken(`bearer ${token}`)).toBe(token);
  });

  it.each([undefined, '', token, `Basic ${token}`, 'Bearer', 'Bearer ', `Bearer ${token} extra`])('finds none in %j', (header) => {
    expect(bearerToken(header)).toBeNull();
  });
});

describe('tokensMatch', () => {
  it('matches only the exact token', () => {
    expect(tokensMatch(token, token)).toBe(true);
    expect(tokensMatch(token, `${token}x`)).toBe(false);
    expect(tokensMatch(token, token.slice(0, -1))).toBe(false);
    expect(tokensMatch(token, token.toUpperCase())).toBe(false);
    expect(tokensMatch(token, '')).toBe(false);
    expect(tokensMatch(token, null)).toBe(false);
  });
});

describe('checkToken', () => {
  it('accepts the header token anywhere', () => {
    expect(checkToken({ authorization: `Bearer ${token}`, allowQueryToken: false }, token)).toBeNull();
  });

  it('accepts the query token only where allowed', () => {
    expect(checkToken({ queryToken: token, allowQueryToken: true }, token)).toBeNull();
    expect(checkToken({ queryToken: token, allowQueryToken: false }, token)).toMatchObject({ status: 401 });
  });

  it('answers 401 UNAUTHORIZED when the token is missing or wrong', () => {
    expect(checkToken({ allowQueryToken: true }, token)).toMatchObject({ status: 401, code: 'UNAUTHORIZED' });
    expect(checkToken({ authorization: 'Bearer nope', allowQueryToken: true }, token)).toMatchObject({ status: 401 });
  });
});

describe('isJsonContentType', () => {
  it.each(['application/json', 'Application/JSON', 'application/json; charset=utf-8', 'application/json;charset="UTF-8"'])(
    'accepts %j',
    (value) => {
      expect(isJsonContentType(value)).toBe(true);
    },
  );

  it.each([
    undefined,
    '',
    'text/plain',
    'application/x-www-form-urlencoded',
    'multipart/form-data; boundary=x',
    'application/json-patch+json',
    'application/json; charset=latin1',
  ])('refuses %j', (value) => {
    expect(isJsonContentType(value)).toBe(false);
  });
});
