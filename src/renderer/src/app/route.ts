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
  /**
   * The view's own state after `?` (`#/timeline?kinds=event,quote&layout=axis`), only when
   * there is some: a view's filters, kept so the view can be returned to.
   */
  query?: Record<string, string>;
}

export function parseRoute(hash: string): Route {
  const body = hash.replace(/^#\/?/, '');
  const mark = body.indexOf('?');
  const path = mark >= 0 ? body.slice(0, mark) : body;
  const parts = path.split('/').filter(Boolean).map(safeDecode);
  const view = viewById(parts[0] ?? '')?.id ?? 'sources';
  const route: Route = { view, rest: view === parts[0] ? parts.slice(1) : [] };
  if (mark >= 0 && view === parts[0]) {
    const query = Object.fromEntries(new URLSearchParams(body.slice(mark + 1)));
    if (Object.keys(query).length > 0) route.query = query;
  }
  return route;
}

function safeDecode(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}

export function routeToHash(route: Route): string {
  const path = `#/${[route.view, ...route.rest].map(encodeURIComponent).join('/')}`;
  const entries = Object.entries(route.query ?? {}).filter(([, value]) => value !== '');
  if (entries.length === 0) return path;
  // Commas stay readable (`entities=3,5`): URLSearchParams would write them as %2C.
  return `${path}?${new URLSearchParams(entries).toString().replace(/%2C/g, ',')}`;
}

export function navigate(route: Route): void {
  const hash = routeToHash(route);
  if (window.location.hash !== hash) window.location.hash = hash;
}

/** Changes the route without a new history entry: for state that changes as it is typed (a search box). */
export function replaceRoute(route: Route): void {
  const hash = routeToHash(route);
  if (window.location.hash === hash) return;
  window.history.replaceState(null, '', hash);
  // replaceState sends no hashchange: tell the subscribers ourselves.
  window.dispatchEvent(new HashChangeEvent('hashchange'));
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
