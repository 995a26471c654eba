import {
  type AnnotationKind,
  type ClaimFields,
  type EventFields,
  QUOTE_CONTEXT_LENGTH,
  type QuoteFields,
  type Span,
} from '../../../../shared/domain/annotation';
import type { EntityType } from '../../../../shared/domain/entity';
import { codePointLength } from '../../sources/text-measures';
import { ENTITY_ROLES, type EntityRole, KIND_BY_FOREIGN_MOTIVATION, sha256FromUrn } from './vocabulary';
import { type FileAnnotation, type FileBody, LIMITS } from './web-annotation-schema';

/** An entity an imported annotation points at, to be matched or created by the caller. */
export interface ImportedEntity {
  /** The entity's id in the file (or its name and type when it has none): links annotations to it. */
  key: string;
  name: string;
  type: EntityType;
}

export type ImportedQuoteFields = Omit<QuoteFields, 'speakerId'> & { speakerKey: string | null };
export type ImportedClaimFields = Omit<ClaimFields, 'speakerId'> & { speakerKey: string | null };
export type ImportedEventFields = Omit<EventFields, 'entityIds'> & { entityKeys: string[] };

/** One annotation read from a file, before it is placed in its source's text. */
export interface AnnotationDraft {
  sha256: string;
  kind: AnnotationKind;
  /** The selectors as the file has them, context cut to 32 code points either side. */
  span: Span;
  note: string;
  entityKey: string | null;
  quote?: ImportedQuoteFields;
  claim?: ImportedClaimFields;
  event?: ImportedEventFields;
  createdAt: string | null;
  updatedAt: string | null;
  entities: ImportedEntity[];
}

const NAME_LENGTH = 300;
const MAX_EVENT_ENTITIES = 100;

/**
 * Reads one checked annotation of a file into a draft, or says why it cannot be imported.
 * Only what the file says is used: nothing is looked up but the source, by SHA-256.
 */
export function readAnnotation(annotation: FileAnnotation, hasSource: (sha256: string) => boolean): AnnotationDraft | { reason: string } {
  if (!annotation.type.includes('Annotation')) return { reason: `it is not an Annotation (its type is “${annotation.type.join(', ')}”)` };

  const target = annotation.target.find((candidate) => typeof candidate !== 'string' && candidate.selector?.some(isQuoteSelector));
  if (!target || typeof target === 'string') return { reason: 'it has no TextQuoteSelector, so the passage it marks cannot be found' };
  const sourceId = typeof target.source === 'string' ? target.source : target.source?.id;
  const sha256 = sourceId ? sha256FromUrn(sourceId) : null;
  if (!sha256) return { reason: `its target is not a source named by its SHA-256 (urn:sha256:…) but “${(sourceId ?? 'nothing').slice(0, 200)}”` };
  if (!hasSource(sha256)) return { reason: `its source (SHA-256 ${sha256.slice(0, 12)}…) is not in this investigation` };

  const selectors = target.selector ?? [];
  const quote = selectors.find(isQuoteSelector)!;
  const position = selectors.find((selector) => selector.type.includes('TextPositionSelector') && selector.start !== undefined && selector.end !== undefined && selector.start <= selector.end);
  const exact = quote.exact!;
  const start = position?.start ?? 0;
  const span: Span = {
    start,
    end: position?.end ?? start + codePointLength(exact),
    exact,
    prefix: [...(quote.prefix ?? '')].slice(-QUOTE_CONTEXT_LENGTH).join(''),
    suffix: [...(quote.suffix ?? '')].slice(0, QUOTE_CONTEXT_LENGTH).join(''),
  };

  const kind = kindOf(annotation);
  const bodies = readBodies(annotation, kind);
  if (bodies.note.length > LIMITS.MAX_NOTE) return { reason: `its note is longer than ${LIMITS.MAX_NOTE.toLocaleString('en')} characters` };
  if (bodies.what.length > LIMITS.MAX_EVENT_WHAT) {
    return { reason: `its event description is longer than ${LIMITS.MAX_EVENT_WHAT.toLocaleString('en')} characters` };
  }
  const keysOf = (role: EntityRole) => [...new Set(bodies.entities.filter((entity) => entity.role === role).map((entity) => entity.key))];
  const speakerKey = keysOf('speaker')[0] ?? null;

  return {
    sha256,
    kind,
    span,
    note: bodies.note,
    entityKey: keysOf('mentioned')[0] ?? null,
    ...(kind === 'quote' && {
      quote: {
        speakerKey,
        saidOn: annotation['sourcebook:saidOn'] ?? null,
        channel: annotation['sourcebook:channel'] ?? '',
        addressedTo: annotation['sourcebook:addressedTo'] ?? '',
        direct: annotation['sourcebook:direct'] ?? true,
      },
    }),
    ...(kind === 'claim' && {
      claim: { speakerKey, status: annotation['sourcebook:status'] ?? 'unchecked', claimedOn: annotation['sourcebook:claimedOn'] ?? null },
    }),
    ...(kind === 'event' && {
      event: {
        what: bodies.what,
        startsOn: annotation['sourcebook:startsOn'] ?? null,
        endsOn: annotation['sourcebook:endsOn'] ?? null,
        approximate: annotation['sourcebook:approximate'] ?? false,
        entityKeys: keysOf('involved').slice(0, MAX_EVENT_ENTITIES),
      },
    }),
    createdAt: annotation.created ?? null,
    updatedAt: annotation.modified ?? null,
    entities: bodies.entities.map(({ key, name, type }) => ({ key, name, type })),
  };
}

function isQuoteSelector(selector: { type: string[]; exact?: string | undefined }): boolean {
  return selector.type.includes('TextQuoteSelector') && typeof selector.exact === 'string' && selector.exact.length > 0;
}

function kindOf(annotation: FileAnnotation): AnnotationKind {
  if (annotation['sourcebook:kind']) return annotation['sourcebook:kind'];
  for (const motivation of annotation.motivation ?? []) {
    const kind = KIND_BY_FOREIGN_MOTIVATION[motivation];
    if (kind) return kind;
  }
  return 'comment';
}

/**
 * Notes (commenting or purposeless text bodies, and bodyValue), an event's description
 * (describing text, for events), and the entities linked (resources with a name). Tags and
 * bodies that are only an address are not kept: there is nowhere to put them.
 */
function readBodies(annotation: FileAnnotation, kind: AnnotationKind) {
  const notes: string[] = annotation.bodyValue ? [annotation.bodyValue] : [];
  const descriptions: string[] = [];
  const entities: Array<ImportedEntity & { role: EntityRole }> = [];
  for (const body of annotation.body ?? []) {
    if (typeof body === 'string') continue;
    const purposes = body.purpose ?? [];
    if (typeof body.value === 'string' && (!body.type || body.type.includes('TextualBody'))) {
      if (purposes.includes('tagging')) continue;
      if (kind === 'event' && purposes.includes('describing')) descriptions.push(body.value);
      else notes.push(body.value);
      continue;
    }
    const entity = entityOf(body);
    if (entity) entities.push(entity);
  }
  return { note: notes.join('\n\n').trim(), what: descriptions.join(' ').trim(), entities };
}

function entityOf(body: Exclude<FileBody, string>): (ImportedEntity & { role: EntityRole }) | null {
  if (!body.source || typeof body.source === 'string') return null;
  const name = (body.source.name ?? '').trim().slice(0, NAME_LENGTH).trim();
  if (name === '') return null;
  const type = body.source['sourcebook:entityType'] ?? 'other';
  const declared = body['sourcebook:role'];
  const role = ENTITY_ROLES.find((candidate) => candidate === declared) ?? 'mentioned';
  return { key: body.source.id ?? `${type}:${name}`, name, type, role };
}
