import type { ReactElement } from 'react';
import type { EntityType } from '../../../../shared/domain/entity';
import { entityTypeLabel } from './entity-types';

/** A shape per type, so the type reads without its colour (UI.md: never colour alone). */
const shapes: Record<EntityType, ReactElement> = {
  person: (
    <>
      <circle cx="12" cy="8" r="3.8" />
      <path d="M4.5 20.5c.9-4.1 3.8-6.3 7.5-6.3s6.6 2.2 7.5 6.3" />
    </>
  ),
  organisation: (
    <>
      <path d="M4 21V6l8-3v18M12 9h8v12" />
      <path d="M7.5 9h1M7.5 13h1M7.5 17h1M15.5 13h1M15.5 17h1M2.5 21h19" />
    </>
  ),
  place: (
    <>
      <path d="M12 21s-6.5-6-6.5-11a6.5 6.5 0 0 1 13 0c0 5-6.5 11-6.5 11z" />
      <circle cx="12" cy="10" r="2.4" />
    </>
  ),
  money: (
    <>
      <circle cx="12" cy="12" r="8.5" />
      <path d="M14.8 9.2c-.5-1-1.5-1.5-2.8-1.5-1.6 0-2.7.8-2.7 2s1 1.7 2.7 2.1 2.8 1 2.8 2.3-1.2 2.1-2.8 2.1c-1.4 0-2.5-.6-3-1.6M12 5.8v1.9M12 16.2v2" />
    </>
  ),
  date: (
    <>
      <rect x="3.5" y="5" width="17" height="15.5" rx="2" />
      <path d="M3.5 10h17M8 3v4M16 3v4" />
    </>
  ),
  other: (
    <>
      <path d="M3.5 12.5V4.5a1 1 0 0 1 1-1h8l8 8-9 9z" />
      <circle cx="8" cy="8" r="1.3" />
    </>
  ),
};

/** The type's icon in the type's colour; labelled when shown without its name beside it. */
export function EntityTypeIcon({ type, size = 16, labelled = false }: { type: EntityType; size?: number; labelled?: boolean }) {
  return (
    <svg
      className={`entity-type-icon entity-type-${type}`}
      width={size}
      height={size}
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth={1.8}
      strokeLinecap="round"
      strokeLinejoin="round"
      role={labelled ? 'img' : undefined}
      aria-label={labelled ? entityTypeLabel[type] : undefined}
      aria-hidden={labelled ? undefined : true}
      focusable="false"
    >
      {shapes[type]}
    </svg>
  );
}

/** Icon and name of the type, coloured together: the type column and the page's header. */
export function EntityTypeTag({ type }: { type: EntityType }) {
  return (
    <span className={`entity-type-tag entity-type-${type}`}>
      <EntityTypeIcon type={type} size={15} />
      {entityTypeLabel[type]}
    </span>
  );
}
