import type { TimelineKind } from '../../../../shared/domain/timeline';
import type { ReactElement } from 'react';

const PATHS: Record<TimelineKind, ReactElement> = {
  // Clock: an event (UI.md).
  event: (
    <>
      <circle cx="12" cy="12" r="8" />
      <path d="M12 7.5V12l3 2" />
    </>
  ),
  // Left quotation mark: a quote.
  quote: <path d="M10 7c-3 1-4.5 3.5-4.5 6.5V17H10v-4H7.6c.2-2 1.2-3.3 2.9-4.1zM18 7c-3 1-4.5 3.5-4.5 6.5V17H18v-4h-2.4c.2-2 1.2-3.3 2.9-4.1z" />,
  // A wavy line under a statement: a claim.
  claim: (
    <>
      <path d="M5 8h14M5 12h10" />
      <path d="M4 17c1.5-1.5 3-1.5 4 0s2.5 1.5 4 0 2.5-1.5 4 0 2.5 1.5 4 0" />
    </>
  ),
  // A pencil-made mark: typed on the timeline.
  entry: (
    <>
      <circle cx="12" cy="12" r="8" />
      <path d="M12 8v8M8 12h8" />
    </>
  ),
  // A page: a source's publication.
  publication: (
    <>
      <path d="M7 4h7l4 4v12H7z" />
      <path d="M14 4v4h4M9.5 13h6M9.5 16h6" />
    </>
  ),
};

export const KIND_NAMES: Record<TimelineKind, string> = {
  event: 'Event',
  quote: 'Quote',
  claim: 'Claim',
  entry: 'Event typed on the timeline',
  publication: 'Publication',
};

export function KindIcon({ kind, size = 16 }: { kind: TimelineKind; size?: number }) {
  return (
    <svg className={`tl-kind-icon tl-kind-${kind}`} width={size} height={size} viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round" strokeLinejoin="round" role="img" aria-label={KIND_NAMES[kind]}>
      {PATHS[kind]}
    </svg>
  );
}
