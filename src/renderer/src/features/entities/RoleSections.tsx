import type { ReactNode } from 'react';
import type { Annotation } from '../../../../shared/domain/annotation';
import type { PartialDate } from '../../../../shared/domain/dates';
import { formatPartialDate } from '../../ui/format-date';
import { CLAIM_STATUS_LABELS } from '../tagging/claim-statuses';
import { AnchorNote } from './AnchorNote';
import { AnnotationLink } from './AnnotationLink';
import type { EntityAppearances } from './use-entity-appearances';
import { SourceTitleLink } from './SourceTitleLink';

function when(date: PartialDate | null): string | null {
  return date ? formatPartialDate(date) : null;
}

function eventDates(event: NonNullable<Annotation['event']>): string | null {
  const start = when(event.startsOn);
  const end = when(event.endsOn);
  const range = start && end ? `${start} – ${end}` : (start ?? end);
  return range && event.approximate ? `about ${range}` : range;
}

/** A direct quote in quotation marks, unless the tagged words carry their own (“…” selected whole). */
function quoted(text: string): string {
  return /^[“"«„‘'‹]/.test(text) ? text : `“${text}”`;
}

function Meta({ parts }: { parts: Array<string | null | false> }) {
  const shown = parts.filter(Boolean);
  return shown.length > 0 ? <span className="role-meta">{shown.join(' · ')}</span> : null;
}

function Section({ id, title, items, children }: { id: string; title: string; items: number; children: ReactNode }) {
  return (
    <section className="entity-section" aria-labelledby={id}>
      <h2 id={id} className="entity-section-heading">
        {title} <span className="view-count">{items}</span>
      </h2>
      <ul className="role-list">{children}</ul>
    </section>
  );
}

/**
 * What the entity said, claimed and took part in. Roles it has none of are named in one
 * quiet line rather than as empty sections, so the page stays short but says what it tracks.
 */
export function RoleSections({ appearances, name }: { appearances: EntityAppearances; name: string }) {
  const { quotes, claims, events, titleOf } = appearances;
  const missing = [quotes.length === 0 && 'quotes', claims.length === 0 && 'claims', events.length === 0 && 'events'].filter(Boolean) as string[];
  return (
    <>
      {quotes.length > 0 ? (
        <Section id="entity-quotes-heading" title="Quotes" items={quotes.length}>
          {quotes.map((quote) => (
            <li key={quote.id} className="role-item">
              <blockquote className="quote-text">
                <AnnotationLink sourceId={quote.sourceId} annotationId={quote.id} sourceTitle={titleOf(quote.sourceId)}>
                  {quote.quote?.direct === false ? quote.span.exact : quoted(quote.span.exact)}
                </AnnotationLink>
              </blockquote>
              <Meta parts={[when(quote.quote?.saidOn ?? null), quote.quote?.channel || null, quote.quote?.direct === false && 'paraphrased']} />
              <AnchorNote annotation={quote} />
              <SourceTitleLink sourceId={quote.sourceId} title={titleOf(quote.sourceId)} />
            </li>
          ))}
        </Section>
      ) : null}
      {claims.length > 0 ? (
        <Section id="entity-claims-heading" title="Claims" items={claims.length}>
          {claims.map((claim) => {
            const status = claim.claim?.status ?? 'unchecked';
            return (
              <li key={claim.id} className="role-item">
                <p className="claim-text">
                  <span className={`claim-status claim-status-${status}`}>{CLAIM_STATUS_LABELS[status]}</span>{' '}
                  <AnnotationLink sourceId={claim.sourceId} annotationId={claim.id} sourceTitle={titleOf(claim.sourceId)}>
                    {claim.span.exact}
                  </AnnotationLink>
                </p>
                <Meta parts={[when(claim.claim?.claimedOn ?? null)]} />
                <AnchorNote annotation={claim} />
                <SourceTitleLink sourceId={claim.sourceId} title={titleOf(claim.sourceId)} />
              </li>
            );
          })}
        </Section>
      ) : null}
      {events.length > 0 ? (
        <Section id="entity-events-heading" title="Events" items={events.length}>
          {events.map((event) => (
            <li key={event.id} className="role-item">
              <p className="event-text">
                <AnnotationLink sourceId={event.sourceId} annotationId={event.id} sourceTitle={titleOf(event.sourceId)}>
                  {event.event?.what || event.span.exact}
                </AnnotationLink>
              </p>
              <Meta parts={[event.event ? eventDates(event.event) : null]} />
              <AnchorNote annotation={event} />
              <SourceTitleLink sourceId={event.sourceId} title={titleOf(event.sourceId)} />
            </li>
          ))}
        </Section>
      ) : null}
      {missing.length > 0 ? (
        <p className="hint role-missing">
          No {missing.length === 1 ? missing[0] : `${missing.slice(0, -1).join(', ')} or ${missing.at(-1)}`} yet: they appear here
          when “{name}” is chosen as the speaker of a quote or a claim, or as taking part in an event.
        </p>
      ) : null}
    </>
  );
}
