import type { Annotation, AnnotationKind } from '../../../../shared/domain/annotation';
import type { Entity, EntityType } from '../../../../shared/domain/entity';

export interface KindInfo {
  kind: AnnotationKind;
  label: string;
  /** Pressed with text selected in the reader; with Ctrl/Cmd+Shift anywhere (UI.md). */
  key: string;
  description: string;
}

/** The five ways to tag a span, in the order of the toolbar and the menus. */
export const TAG_KINDS: readonly KindInfo[] = [
  { kind: 'quote', label: 'Quote', key: 'Q', description: 'Someone said this: speaker, date, channel' },
  { kind: 'mention', label: 'Entity', key: 'E', description: 'A person, organisation, place, amount or date' },
  { kind: 'claim', label: 'Claim', key: 'C', description: 'A statement to fact-check' },
  { kind: 'event', label: 'Event', key: 'T', description: 'Something that happened, and when' },
  { kind: 'comment', label: 'Comment', key: 'N', description: 'Your own note on this passage' },
];

export function kindInfo(kind: AnnotationKind): KindInfo {
  return TAG_KINDS.find((info) => info.kind === kind)!;
}

/**
 * The highlight an annotation is painted with: its kind, and for a mention the type of the
 * entity it links to (each type has its own colour in UI.md); an unlinked mention is "other".
 */
export function highlightName(annotation: Annotation, entities: ReadonlyMap<number, Entity>): string {
  if (annotation.kind !== 'mention') return `ann-${annotation.kind}`;
  const type: EntityType = (annotation.entityId !== null ? entities.get(annotation.entityId)?.type : undefined) ?? 'other';
  return `ann-${type}`;
}

export const HIGHLIGHT_NAMES = [
  'ann-quote', 'ann-claim', 'ann-event', 'ann-comment',
  'ann-person', 'ann-organisation', 'ann-place', 'ann-money', 'ann-date', 'ann-other',
] as const;

export const ENTITY_TYPE_LABELS: Record<EntityType, string> = {
  person: 'Person',
  organisation: 'Organisation',
  place: 'Place',
  money: 'Money',
  date: 'Date',
  other: 'Other',
};

/** One line saying what an annotation is, for hovers and lists. */
export function summarise(annotation: Annotation, entities: ReadonlyMap<number, Entity>): string {
  const name = (id: number | null | undefined) => (id != null ? entities.get(id)?.name : undefined);
  switch (annotation.kind) {
    case 'quote': {
      const speaker = name(annotation.quote?.speakerId) ?? 'speaker not set';
      const parts = [speaker, annotation.quote?.saidOn, annotation.quote?.channel].filter(Boolean);
      return `Quote · ${parts.join(' · ')}${annotation.quote?.direct === false ? ' (paraphrase)' : ''}`;
    }
    case 'mention': {
      const entity = annotation.entityId !== null ? entities.get(annotation.entityId) : undefined;
      return entity ? `${ENTITY_TYPE_LABELS[entity.type]} · ${entity.name}` : 'Entity · not linked yet';
    }
    case 'claim':
      return `Claim · ${annotation.claim?.status.replace('-', ' ') ?? 'unchecked'}${name(annotation.claim?.speakerId) ? ` · ${name(annotation.claim?.speakerId)}` : ''}`;
    case 'event':
      return `Event · ${[annotation.event?.what || null, annotation.event?.startsOn].filter(Boolean).join(' · ') || 'date not set'}`;
    case 'comment':
      return `Comment · ${annotation.note || '(empty)'}`;
  }
}
