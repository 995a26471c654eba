import { describe, expect, it } from 'vitest';
import { parseRoute, routeToHash } from './route';

describe('routes in the URL fragment', () => {
  it('reads a view and what follows it', () => {
    expect(parseRoute('#/sources/12')).toEqual({ view: 'sources', rest: ['12'] });
    expect(parseRoute('#/factcheck')).toEqual({ view: 'factcheck', rest: [] });
  });

  it('falls back to Sources for an empty or unknown fragment', () => {
    expect(parseRoute('')).toEqual({ view: 'sources', rest: [] });
    expect(parseRoute('#/nowhere/5')).toEqual({ view: 'sources', rest: [] });
  });

  it('round-trips through encoding', () => {
    const route = { view: 'search' as const, rest: ['CEO / 2020'] };
    expect(parseRoute(routeToHash(route))).toEqual(route);
  });
});
