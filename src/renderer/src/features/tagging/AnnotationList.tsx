import { useState } from 'react';
import { useTagging } from './tagging-context';
import { summarise } from './kinds';
import { useAnnotations } from './use-annotations';

const LIST_LIMIT = 100;

/**
 * The source's annotations in reading order, each a button that opens it: how the keyboard
 * reaches what the mouse reaches by clicking a highlight. Orphaned ones are listed too.
 */
export function AnnotationList({ sourceId }: { sourceId: number }) {
  const tagging = useTagging();
  const annotations = useAnnotations(sourceId);
  // A heavily tagged report has thousands: the first ones, and the rest on request.
  const [limit, setLimit] = useState(LIST_LIMIT);
  if (annotations.length === 0) {
    return <p className="hint">Select text in the source to tag a quote, an entity, a claim, an event or a comment.</p>;
  }
  return (
    <section className="annotation-list" aria-label="Annotations in this source">
      <h2 className="inspector-heading">Annotations ({annotations.length})</h2>
      <ul>
        {annotations.slice(0, limit).map((annotation) => (
          <li key={annotation.id}>
            <button type="button" className="row-button annotation-row" onClick={() => tagging.select({ annotationId: annotation.id, sourceId })}>
              <span className={`tag-swatch tag-swatch-${annotation.kind}`} aria-hidden="true" />
              <span className="annotation-row-text">
                <span>{summarise(annotation, tagging.entitiesById)}</span>
                <span className="annotation-row-exact">
                  {annotation.anchor.state === 'orphaned' ? 'Not placed: ' : ''}
                  {excerpt(annotation.span.exact)}
                </span>
              </span>
            </button>
          </li>
        ))}
      </ul>
      {annotations.length > limit ? (
        <button type="button" className="link-button" onClick={() => setLimit(annotations.length)}>
          Show all {annotations.length}
        </button>
      ) : null}
    </section>
  );
}

/** The passage in quotation marks, unless it brings its own; long ones cut at 90 characters. */
function excerpt(exact: string): string {
  const cut = exact.length > 90 ? `${exact.slice(0, 90).trimEnd()}…` : exact;
  return /^["“‘'«„]/.test(cut) ? cut : `“${cut}”`;
}
