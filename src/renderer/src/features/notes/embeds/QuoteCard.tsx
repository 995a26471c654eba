import type { NodeKey } from 'lexical';
import { useMemo, useRef } from 'react';
import { annotationRoute, routeToHash } from '../../../app/route';
import { Icon } from '../../../ui/icons';
import { useTagging } from '../../tagging/tagging-context';
import type { QuoteCardSnapshot } from '../editor/nodes/quote-card-node';
import { citationOf, quotedWords } from './citation';
import { useCitedAnnotation } from './cited-store';
import { useBlockSelection } from './use-block-selection';

/**
 * A quote card as a note shows it: the quote as it is in the investigation now (speaker
 * renamed or changed, source retitled), or as it was when inserted if it has since been
 * removed. Click or arrow onto it to select it; Enter opens the source at the quote, Delete
 * or Backspace removes the card.
 */
export function QuoteCard({ nodeKey, snapshot }: { nodeKey: NodeKey; snapshot: QuoteCardSnapshot }) {
  const card = useRef<HTMLElement>(null);
  const state = useCitedAnnotation(snapshot.annotationId);
  const { entitiesById } = useTagging();
  const target = useMemo(() => annotationRoute(snapshot.sourceId, snapshot.annotationId), [snapshot.sourceId, snapshot.annotationId]);
  const isSelected = useBlockSelection(nodeKey, card, target);

  const cited = state.status === 'found' ? state.cited : null;
  const citation = cited ? citationOf(cited, (id) => entitiesById.get(id)?.name ?? null) : null;
  const quote = quotedWords(cited?.annotation.span.exact ?? snapshot.quote);

  return (
    <figure ref={card} className={isSelected ? 'quote-card is-selected' : 'quote-card'} data-annotation-id={snapshot.annotationId} aria-label="Quote card">
      <blockquote className="quote-card-text">{quote}</blockquote>
      <figcaption className="quote-card-caption">
        {citation ? (
          <>
            <span className="quote-card-said">
              <span className={citation.speaker ? 'quote-card-speaker' : 'quote-card-speaker is-unknown'}>{citation.speaker ?? 'Speaker not set'}</span>
              {citation.said ? <span className="quote-card-when">, {citation.said}</span> : null}
            </span>
            <span className="quote-card-source">
              <cite>{citation.source}</cite>
              {citation.published ? <span> · {citation.published}</span> : null}
            </span>
          </>
        ) : (
          <span className="quote-card-source">{snapshot.citation}</span>
        )}
      </figcaption>
      {state.status === 'gone' ? (
        <p className="quote-card-note" role="note">
          This quote is no longer tagged in its source; the card keeps the words it had.
        </p>
      ) : null}
      {state.status === 'failed' ? (
        <p className="quote-card-note" role="note">
          Could not read this quote from the investigation: {state.message}
        </p>
      ) : null}
      <a className="quote-card-open" href={routeToHash(target)} title="Open the source at this quote (Enter when the card is selected)">
        <Icon name="sources" size={14} /> Open in source
      </a>
    </figure>
  );
}
