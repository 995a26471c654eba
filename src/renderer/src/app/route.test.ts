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

  it('reads a view’s own state after a question mark, and writes it back', () => {
    expect(parseRoute('#/timeline?entities=3,5&kinds=event,quote&layout=axis')).toEqual({
      view: 'timeline',
      rest: [],
      query: { entities: '3,5', kinds: 'event,quote', layout: 'axis' },
    });
    expect(routeToHash({ view: 'timeline', rest: [], query: { entities: '3,5', q: 'a b&c' } })).toBe('#/timeline?entities=3,5&q=a+b%26c');
    const route = { view: 'timeline' as const, rest: [], query: { q: 'café, 50% / “x”', from: '2020-01-01' } };
    expect(parseRoute(routeToHash(route))).toEqual(route);
  });

  it('leaves routes without state as they were', () => {
    expect(parseRoute('#/timeline')).toEqual({ view: 'timeline', rest: [] });
    expect(parseRoute('#/timeline?')).toEqual({ view: 'timeline', rest: [] });
    expect(routeToHash({ view: 'timeline', rest: [], query: { q: '' } })).toBe('#/timeline');
    expect(parseRoute('#/sources/12?x=1')).toEqual({ view: 'sources', rest: ['12'], query: { x: '1' } });
    expect(parseRoute('#/nowhere?x=1')).toEqual({ view: 'sources', rest: [] });
    expect(parseRoute('#/sources/%E0%A4%A')).toEqual({ view: 'sources', rest: ['%E0%A4%A'] });
  });
});
