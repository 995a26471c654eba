import { useId, useState } from 'react';
import type { Suggestion } from '../../../../shared/domain/suggestion';
import { formatPartialDate } from '../../ui/format-date';
import { Icon } from '../../ui/icons';
import { AcceptAllDialog } from './AcceptAllDialog';
import { groupByKind, type SuggestionGroup } from './review-order';
import { REVIEW_KEYS } from './suggestion-kinds';
import { SUGGESTION_LIST_HEADING_ID, useSuggestionReview } from './suggestion-review';
import { useSuggestions } from './use-suggestions';

/** Above this many, accepting a whole kind asks first: there is no undoing it in one step. */
export const CONFIRM_ACCEPT_ALL_ABOVE = 10;
/** Each group shows its first few; the rest on request (and J walks through all of them). */
const GROUP_PREVIEW = 5;

const analyzedFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/**
 * The open source's suggestions in the inspector: grouped by kind with counts, each group
 * accepted whole or opened one by one, when the source was analyzed and against which date,
 * and the button that analyzes it (again).
 */
export function SuggestionList({ sourceId }: { sourceId: number }) {
  const review = useSuggestionReview();
  const { suggestions, analyzedAt, reference, loaded } = useSuggestions(sourceId);
  const [confirming, setConfirming] = useState<SuggestionGroup | null>(null);
  if (!loaded) return null;
  const analyzing = review.analyzing.has(sourceId) || review.analyzing.has('all');
  const groups = groupByKind(suggestions);

  const acceptAll = (group: SuggestionGroup) => {
    if (group.suggestions.length > CONFIRM_ACCEPT_ALL_ABOVE) setConfirming(group);
    else void review.acceptAll(sourceId, group.info.kind);
  };

  return (
    <section className="suggestion-list" aria-labelledby={SUGGESTION_LIST_HEADING_ID}>
      <h2 className="inspector-heading" id={SUGGESTION_LIST_HEADING_ID} tabIndex={-1}>
        Suggestions{analyzedAt !== null ? ` (${suggestions.length})` : ''}
      </h2>
      {analyzedAt === null ? (
        <>
          <p className="hint">Sourcebook can find the people, organisations, places, amounts, dates and attributed quotes in this source, for you to accept or reject one by one.</p>
          <button type="button" className="button" disabled={analyzing} onClick={() => void review.analyze([sourceId])}>
            {analyzing ? 'Analyzing…' : 'Find names, dates and quotes'}
          </button>
        </>
      ) : (
        <>
          {groups.length > 0 ? (
            <>
              <p className="suggestion-keys-hint">
                Review in the text: <kbd>{REVIEW_KEYS.next}</kbd> next, <kbd>{REVIEW_KEYS.previous}</kbd> previous, <kbd>{REVIEW_KEYS.accept}</kbd> accept,{' '}
                <kbd>{REVIEW_KEYS.reject}</kbd> reject.
              </p>
              <ul className="suggestion-groups">
                {groups.map((group) => (
                  <li key={group.info.kind}>
                    <GroupView group={group} onAcceptAll={() => acceptAll(group)} onOpen={(suggestion) => review.select(suggestion, { reveal: true })} />
                  </li>
                ))}
              </ul>
            </>
          ) : (
            <p className="hint">Nothing left to review: every suggestion was accepted or rejected.</p>
          )}
          <div className="suggestion-run">
            <p>
              Analyzed {analyzedFormat.format(new Date(analyzedAt))}
              {reference ? (
                <>
                  ; dates counted from the {reference.basis === 'published' ? 'publication date' : 'import date (no publication date is set)'}, {formatPartialDate(reference.date)}
                </>
              ) : null}
              .
            </p>
            <button type="button" className="button button-small" disabled={analyzing} onClick={() => void review.analyze([sourceId])} title="Find names, dates and quotes again; what you accepted or rejected stays decided">
              {analyzing ? 'Analyzing…' : 'Analyze again'}
            </button>
          </div>
        </>
      )}
      {confirming ? (
        <AcceptAllDialog
          group={confirming}
          onConfirm={() => review.acceptAll(sourceId, confirming.info.kind)}
          onClose={() => setConfirming(null)}
        />
      ) : null}
    </section>
  );
}

function GroupView({ group, onAcceptAll, onOpen }: { group: SuggestionGroup; onAcceptAll(): void; onOpen(suggestion: Suggestion): void }) {
  const [open, setOpen] = useState(true);
  const [all, setAll] = useState(false);
  const listId = useId();
  const { kind, plural } = group.info;
  const count = group.suggestions.length;
  const shown = all ? group.suggestions : group.suggestions.slice(0, GROUP_PREVIEW);
  return (
    <div className="suggestion-group" data-kind={kind}>
      <div className="suggestion-group-head">
        <button type="button" className="suggestion-group-toggle" aria-expanded={open} aria-controls={listId} onClick={() => setOpen(!open)}>
          <span className={open ? 'chevron' : 'chevron chevron-closed'} aria-hidden="true">
            <Icon name="chevronDown" size={14} />
          </span>
          <span className={`sug-swatch sug-swatch-${kind}`} aria-hidden="true" />
          <span className="suggestion-group-name">{plural}</span>
          <span className="suggestion-count">{count}</span>
        </button>
        <button type="button" className="button button-small" aria-label={`Accept all ${count} ${plural.toLowerCase()}`} title={`Accept all ${count} ${plural.toLowerCase()}`} onClick={onAcceptAll}>
          Accept all
        </button>
      </div>
      {open ? (
        <ul id={listId} className="suggestion-items" aria-label={plural}>
          {shown.map((suggestion) => (
            <li key={suggestion.id}>
              <button type="button" className="row-button suggestion-row" onClick={() => onOpen(suggestion)}>
                <span className="suggestion-row-label">{suggestion.label}</span>
                {sameWords(suggestion.label, suggestion.span.exact) ? null : <span className="suggestion-row-exact">{excerpt(suggestion.span.exact)}</span>}
              </button>
            </li>
          ))}
          {count > shown.length ? (
            <li>
              <button type="button" className="link-button suggestion-more" onClick={() => setAll(true)}>
                Show all {count}
              </button>
            </li>
          ) : null}
        </ul>
      ) : null}
    </div>
  );
}

/** Whether the label only repeats the words ("Imogen Achterberg" for “Imogen Achterberg”). */
function sameWords(label: string, exact: string): boolean {
  const fold = (text: string) => text.normalize('NFKD').replace(/[^\p{L}\p{N}]+/gu, ' ').trim().toLowerCase();
  return fold(label) === fold(exact);
}

/** The words in quotation marks, unless they bring their own; long ones cut at 80 characters. */
function excerpt(exact: string): string {
  const cut = exact.length > 80 ? `${exact.slice(0, 80).trimEnd()}…` : exact;
  return /^["“‘'«„]/.test(cut) ? cut : `“${cut}”`;
}
