import type { ReactNode } from 'react';
import type { Annotation, ClaimStatus } from '../../../../shared/domain/annotation';
import type { PartialDate } from '../../../../shared/domain/dates';
import { formatPartialDate } from '../../ui/format-date';
import type { EntityAppearances } from './use-entity-appearances';
import { SourceTitleLink } from './SourceTitleLink';

const statusLabel: Record<ClaimStatus, string> = {
  unchecked: 'Unchecked',
  'in-progress': 'In progress',
  verified: 'Verified',
  false: 'False',
  misleading: 'Misleading',
  unverifiable: 'Unverifiable',
};

function when(date: PartialDate | null): string | null {
  return date ? formatPartialDate(date) : null;
}

function eventDates(event: NonNullable<Annotation['event']>): string | null {
  const start = when(event.startsOn);
  const end = when(event.endsOn);
  const range = start && end ? `${start} – ${end}` : (start ?? end);
  return range && event.approximate ? `about ${range}` : range;
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
              <blockquote className="quote-text">{quote.quote?.direct === false ? quote.span.exact : `“${quote.span.exact}”`}</blockquote>
              <Meta parts={[when(quote.quote?.saidOn ?? null), quote.quote?.channel || null, quote.quote?.direct === false && 'paraphrased']} />
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
                  <span className={`claim-status claim-status-${status}`}>{statusLabel[status]}</span> {claim.span.exact}
                </p>
                <Meta parts={[when(claim.claim?.claimedOn ?? null)]} />
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
              <p className="event-text">{event.event?.what || event.span.exact}</p>
              <Meta parts={[event.event ? eventDates(event.event) : null]} />
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
