import type { MouseEvent, ReactNode } from 'react';
import { annotationRoute, navigate, routeToHash } from '../../app/route';

/**
 * A passage that opens its source in the reader at that very annotation. A real link, so the
 * keyboard reaches it and its address can be copied; a click with a modifier is left to the
 * browser (new tab or window).
 */
export function AnnotationLink(props: { sourceId: number; annotationId: number; sourceTitle: string; children: ReactNode }) {
  const route = annotationRoute(props.sourceId, props.annotationId);
  const follow = (event: MouseEvent<HTMLAnchorElement>) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    navigate(route);
  };
  return (
    <a className="annotation-link" href={routeToHash(route)} title={`Open “${props.sourceTitle}” at this passage`} onClick={follow}>
      {props.children}
    </a>
  );
}
