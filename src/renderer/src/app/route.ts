import { useSyncExternalStore } from 'react';
import { viewById, type ViewId } from './views';

/**
 * The route lives in the URL fragment (`#/sources/12`) so a view can be returned to, and so
 * the desktop app and the browser behave the same.
 */
export interface Route {
  view: ViewId;
  /** What follows the view, e.g. a source id; each view reads it its own way. */
  rest: string[];
}

export function parseRoute(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').filter(Boolean).map(decodeURIComponent);
  const view = viewById(parts[0] ?? '')?.id ?? 'sources';
  return { view, rest: view === parts[0] ? parts.slice(1) : [] };
}

export function routeToHash(route: Route): string {
  return `#/${[route.view, ...route.rest].map(encodeURIComponent).join('/')}`;
}

export function navigate(route: Route): void {
  const hash = routeToHash(route);
  if (window.location.hash !== hash) window.location.hash = hash;
}

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

export function useRoute(): Route {
  const hash = useSyncExternalStore(subscribe, () => window.location.hash);
  return parseRoute(hash);
}

/** A source opened at one of its annotations (`#/sources/12/annotation/345`): selected and in view. */
export function annotationRoute(sourceId: number, annotationId: number): Route {
  return { view: 'sources', rest: [String(sourceId), 'annotation', String(annotationId)] };
}

/** The source and annotation a Sources route names, if it names them. */
export function sourceRouteTarget(rest: readonly string[]): { sourceId: number | null; annotationId: number | null } {
  const id = (part: string | undefined) => (part !== undefined && /^[1-9]\d{0,15}$/.test(part) ? Number(part) : null);
  const sourceId = id(rest[0]);
  return { sourceId, annotationId: sourceId !== null && rest[1] === 'annotation' ? id(rest[2]) : null };
}
