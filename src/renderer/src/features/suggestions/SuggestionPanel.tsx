import { useEffect, useState } from 'react';
import type { SuggestedEntity, Suggestion } from '../../../../shared/domain/suggestion';
import { formatPartialDate } from '../../ui/format-date';
import { Icon } from '../../ui/icons';
import { ENTITY_TYPE_LABELS } from '../tagging/kinds';
import { useTagging } from '../tagging/tagging-context';
import { neighbour, spanPoint } from './review-order';
import { REVIEW_KEYS, suggestionKindInfo } from './suggestion-kinds';
import { SUGGESTION_LIST_HEADING_ID, useSuggestionReview } from './suggestion-review';
import { SuggestionEditForm } from './SuggestionEditForm';
import { useSuggestions } from './use-suggestions';

/**
 * The suggestion open in the inspector: what it is, the words it is about, what it proposes
 * and why, and the decision: Accept (A), Edit… then accept, Reject (X). J and K (and the
 * arrows here) go on to the next or previous one.
 */
export function SuggestionPanel({ sourceId }: { sourceId: number }) {
  const review = useSuggestionReview();
  const { suggestions, loaded } = useSuggestions(sourceId);
  const [editingId, setEditingId] = useState<number | null>(null);
  const selected = review.selected;
  const current = selected ? (suggestions.find((suggestion) => suggestion.id === selected.id) ?? (loaded ? null : selected)) : null;

  // Analyzed again (new suggestions) or decided in another window: back to the list.
  const { select } = review;
  useEffect(() => {
    if (selected && !current) select(null);
  }, [selected, current, select]);
  if (!current) return null;

  const info = suggestionKindInfo(current.kind);
  const position = suggestions.findIndex((suggestion) => suggestion.id === current.id) + 1;
  const step = (direction: 1 | -1) => {
    const target = neighbour(suggestions, spanPoint(current), direction, true);
    if (target) review.select(target, { reveal: true });
  };
  const editing = editingId === current.id;

  return (
    <section className="suggestion-panel" data-kind={current.kind} aria-label={`Suggested ${info.noun}`}>
      <div className="annotation-inspector-head">
        <h2 className="inspector-heading">
          <span className={`sug-swatch sug-swatch-${current.kind}`} aria-hidden="true" /> Suggested {info.noun}
        </h2>
        <button type="button" className="icon-button" title="Back to the list of suggestions" aria-label="Close the suggestion" onClick={() => {
            review.select(null);
            requestAnimationFrame(() => document.getElementById(SUGGESTION_LIST_HEADING_ID)?.focus());
          }}>
          <Icon name="close" size={16} />
        </button>
      </div>
      <blockquote className="annotation-exact suggestion-exact">{current.span.exact}</blockquote>
      {review.inHeadline(current) ? <p className="hint">In the headline, which the reader shows as the title: it is not highlighted in the text.</p> : null}
      <p className="suggestion-label">{current.label}</p>
      <Proposal suggestion={current} />
      {current.detail ? (
        <p className="suggestion-detail">
          <span className="suggestion-why">Why: </span>
          {current.detail}
        </p>
      ) : null}
      {editing ? (
        <SuggestionEditForm
          key={current.id}
          suggestion={current}
          onAccept={(edits) => void review.accept(current, edits)}
          onCancel={() => {
            setEditingId(null);
            requestAnimationFrame(() => document.getElementById('suggestion-edit-button')?.focus());
          }}
        />
      ) : (
        <div className="suggestion-actions" role="group" aria-label="Decide">
          <button type="button" className="button button-primary" title={`Accept: make it an annotation (${REVIEW_KEYS.accept})`} aria-keyshortcuts={REVIEW_KEYS.accept} onClick={() => void review.accept(current)}>
            Accept <kbd>{REVIEW_KEYS.accept}</kbd>
          </button>
          {/* An event is refined once accepted, like any event: its date, what happened, who took part. */}
          {current.kind !== 'event' ? (
            <button type="button" id="suggestion-edit-button" className="button" title={current.kind === 'quote' ? 'Correct the speaker or channel, then accept' : 'Correct the entity, then accept'} onClick={() => setEditingId(current.id)}>
              Edit…
            </button>
          ) : null}
          <button type="button" className="button" title={`Reject: it will not be suggested again (${REVIEW_KEYS.reject})`} aria-keyshortcuts={REVIEW_KEYS.reject} onClick={() => void review.reject(current)}>
            Reject <kbd>{REVIEW_KEYS.reject}</kbd>
          </button>
        </div>
      )}
      <div className="suggestion-foot">
        <div className="suggestion-step" role="group" aria-label="Other suggestions">
          <button type="button" className="icon-button" title={`Previous suggestion (${REVIEW_KEYS.previous})`} aria-label="Previous suggestion" aria-keyshortcuts={REVIEW_KEYS.previous} onClick={() => step(-1)}>
            <span className="turn-up" aria-hidden="true">
              <Icon name="chevronDown" size={16} />
            </span>
          </button>
          <span className="suggestion-position">
            {position} of {suggestions.length}
          </span>
          <button type="button" className="icon-button" title={`Next suggestion (${REVIEW_KEYS.next})`} aria-label="Next suggestion" aria-keyshortcuts={REVIEW_KEYS.next} onClick={() => step(1)}>
            <Icon name="chevronDown" size={16} />
          </button>
        </div>
        <span className="suggestion-analyzer" title="The analysis that made this suggestion, and its version">
          {current.analyzer} {current.analyzerVersion}
        </span>
      </div>
    </section>
  );
}

/** What accepting makes: the entity linked (the registry's, or a new one), a quote's speaker and channel, an event's date and who took part. */
function Proposal({ suggestion }: { suggestion: Suggestion }) {
  const { entitiesById } = useTagging();
  const describe = (entity: SuggestedEntity, named: boolean) => {
    if (entity.existingId === null) return `${named ? `${entity.name}, a` : 'A'} new ${ENTITY_TYPE_LABELS[entity.type].toLowerCase()}, added to the registry on accepting`;
    const name = entitiesById.get(entity.existingId)?.name ?? entity.name;
    return named || name !== entity.name ? `${name}, already in the registry` : 'Already in the registry';
  };
  if (suggestion.kind === 'event' && suggestion.event) {
    const { startsOn, endsOn, approximate, entities, what } = suggestion.event;
    const when = startsOn ? `${approximate ? 'About ' : ''}${formatPartialDate(startsOn)}${endsOn ? ` – ${formatPartialDate(endsOn)}` : ''}` : 'Not dated';
    return (
      <dl className="suggestion-proposal">
        {what.trim() !== suggestion.span.exact.trim() ? (
          <>
            <dt>What</dt>
            <dd>{what}</dd>
          </>
        ) : null}
        <dt>When</dt>
        <dd>{when}</dd>
        <dt>Who</dt>
        <dd>
          {entities.length === 0 ? (
            'Nobody named'
          ) : (
            <ul className="suggestion-involved">
              {entities.map((entity, index) => (
                <li key={index}>{describe(entity, true)}</li>
              ))}
            </ul>
          )}
        </dd>
      </dl>
    );
  }
  const isQuote = suggestion.kind === 'quote';
  const entity = suggestion.entity;
  return (
    <dl className="suggestion-proposal">
      <dt>{isQuote ? 'Speaker' : 'Entity'}</dt>
      <dd>{entity ? describe(entity, isQuote) : isQuote ? 'Not named in the text' : 'None: the words are tagged without a link'}</dd>
      {isQuote && suggestion.channel ? (
        <>
          <dt>Channel</dt>
          <dd>{suggestion.channel}</dd>
        </>
      ) : null}
    </dl>
  );
}
