import { describe, expect, it } from 'vitest';
import { annotationRoute, parseRoute, routeToHash, sourceRouteTarget } from './route';

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

  it('names a source, and an annotation in it', () => {
    expect(routeToHash(annotationRoute(12, 345))).toBe('#/sources/12/annotation/345');
    expect(sourceRouteTarget(parseRoute('#/sources/12/annotation/345').rest)).toEqual({ sourceId: 12, annotationId: 345 });
    expect(sourceRouteTarget(['12'])).toEqual({ sourceId: 12, annotationId: null });
    expect(sourceRouteTarget(['12', 'annotation', 'x'])).toEqual({ sourceId: 12, annotationId: null });
    expect(sourceRouteTarget(['0'])).toEqual({ sourceId: null, annotationId: null });
    expect(sourceRouteTarget([])).toEqual({ sourceId: null, annotationId: null });
  });
});
