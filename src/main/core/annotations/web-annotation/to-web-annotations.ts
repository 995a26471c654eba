import type { Annotation } from '../../../../shared/domain/annotation';
import type { Entity, EntityType } from '../../../../shared/domain/entity';
import type { SourceId } from '../../../../shared/domain/source';
import { annotationUrn, CONTEXT, type EntityRole, entityUrn, MOTIVATION_BY_KIND, sha256Urn } from './vocabulary';

export interface ExportedSource {
  id: SourceId;
  title: string;
  sha256: string;
  url: string | null;
}

export type ExportedEntity = Pick<Entity, 'id' | 'name' | 'type'>;

export interface WebAnnotationExportInput {
  investigationName: string;
  sources: readonly ExportedSource[];
  entities: readonly ExportedEntity[];
  annotations: readonly Annotation[];
  /** When the file was made; now unless given. */
  generatedAt?: string;
}

export interface TextualBody {
  type: 'TextualBody';
  purpose: 'commenting' | 'describing';
  value: string;
  format: 'text/plain';
}

export interface EntityBody {
  type: 'SpecificResource';
  purpose: 'identifying' | 'linking';
  'sourcebook:role': EntityRole;
  source: { id: string; type: 'sourcebook:Entity'; name: string; 'sourcebook:entityType': EntityType };
}

export interface WebAnnotation {
  id: string;
  type: 'Annotation';
  motivation: string;
  created: string;
  modified: string;
  'sourcebook:kind': Annotation['kind'];
  body?: Array<TextualBody | EntityBody>;
  target: {
    type: 'SpecificResource';
    source: string;
    'sourcebook:sourceTitle': string;
    'sourcebook:sourceUrl'?: string;
    selector: [
      { type: 'TextQuoteSelector'; exact: string; prefix: string; suffix: string },
      { type: 'TextPositionSelector'; start: number; end: number },
    ];
  };
  /** A kind's own fields, as `sourcebook:channel`, `sourcebook:status`… (see kindFields). */
  [field: `sourcebook:${string}`]: unknown;
}

export interface WebAnnotationCollection {
  '@context': typeof CONTEXT;
  id: string;
  type: 'AnnotationCollection';
  label: string;
  generator: { id: string; type: 'Software'; name: string };
  generated: string;
  total: number;
  first: { id: string; type: 'AnnotationPage'; startIndex: 0; items: WebAnnotation[] };
}

/**
 * An investigation's annotations as one W3C Web Annotation collection, every annotation in
 * one embedded first page (annotation-model §5), so the file stands alone. Each target names
 * its source by SHA-256 (`urn:sha256:…`), the source's identity wherever its bytes are, and
 * carries both selectors as stored, positions in code points; an orphaned annotation is
 * exported like any other, with the selectors it was made with.
 */
export function toWebAnnotations(input: WebAnnotationExportInput): WebAnnotationCollection {
  const sources = new Map(input.sources.map((source) => [source.id, source]));
  const entities = new Map(input.entities.map((entity) => [entity.id, entity]));
  const entityBody = (id: number, role: EntityRole): EntityBody => {
    const entity = entities.get(id);
    // The caller passes every entity its annotations point at; a missing one is a bug, and a
    // file naming an entity without its name would be of no use to whoever reads it.
    if (!entity) throw new Error(`Entity #${id} is referred to by an annotation but was not given to the export.`);
    return {
      type: 'SpecificResource',
      purpose: role === 'mentioned' ? 'identifying' : 'linking',
      'sourcebook:role': role,
      source: { id: entityUrn(id), type: 'sourcebook:Entity', name: entity.name, 'sourcebook:entityType': entity.type },
    };
  };

  const items = input.annotations.map((annotation): WebAnnotation => {
    const source = sources.get(annotation.sourceId);
    if (!source) throw new Error(`Source #${annotation.sourceId} of annotation #${annotation.id} was not given to the export.`);
    const body = bodiesOf(annotation, entityBody);
    const { span } = annotation;
    return {
      id: annotationUrn(annotation.id),
      type: 'Annotation',
      motivation: MOTIVATION_BY_KIND[annotation.kind],
      created: annotation.createdAt,
      modified: annotation.updatedAt,
      'sourcebook:kind': annotation.kind,
      ...kindFields(annotation),
      ...(body.length > 0 ? { body } : {}),
      target: {
        type: 'SpecificResource',
        source: sha256Urn(source.sha256),
        'sourcebook:sourceTitle': source.title,
        ...(source.url ? { 'sourcebook:sourceUrl': source.url } : {}),
        selector: [
          { type: 'TextQuoteSelector', exact: span.exact, prefix: span.prefix, suffix: span.suffix },
          { type: 'TextPositionSelector', start: span.start, end: span.end },
        ],
      },
    };
  });

  const id = `urn:sourcebook:export:${crypto.randomUUID()}`;
  return {
    '@context': CONTEXT,
    id,
    type: 'AnnotationCollection',
    label: input.investigationName,
    generator: { id: 'urn:sourcebook:app', type: 'Software', name: 'Sourcebook' },
    generated: input.generatedAt ?? new Date().toISOString(),
    total: items.length,
    first: { id: `${id}:page:1`, type: 'AnnotationPage', startIndex: 0, items },
  };
}

/** The reporter's note, an event's description, and the entities linked, as W3C bodies. */
function bodiesOf(annotation: Annotation, entityBody: (id: number, role: EntityRole) => EntityBody): Array<TextualBody | EntityBody> {
  const bodies: Array<TextualBody | EntityBody> = [];
  const { kind, quote, claim, event } = annotation;
  if (annotation.note.trim() !== '') bodies.push(textualBody('commenting', annotation.note));
  if (kind === 'event' && event && event.what !== '') bodies.push(textualBody('describing', event.what));
  if (annotation.entityId !== null) bodies.push(entityBody(annotation.entityId, 'mentioned'));
  const speakerId = kind === 'quote' ? quote?.speakerId : kind === 'claim' ? claim?.speakerId : null;
  if (speakerId != null) bodies.push(entityBody(speakerId, 'speaker'));
  if (kind === 'event') for (const id of event?.entityIds ?? []) bodies.push(entityBody(id, 'involved'));
  return bodies;
}

function textualBody(purpose: TextualBody['purpose'], value: string): TextualBody {
  return { type: 'TextualBody', purpose, value, format: 'text/plain' };
}

/** A kind's fields that the W3C model has no term for; empty ones are left out. */
function kindFields(annotation: Annotation): Record<string, unknown> {
  const { quote, claim, event } = annotation;
  const fields: Record<string, unknown> = {};
  const put = (name: string, value: unknown) => {
    if (value !== null && value !== '') fields[`sourcebook:${name}`] = value;
  };
  if (annotation.kind === 'quote' && quote) {
    put('saidOn', quote.saidOn);
    put('channel', quote.channel);
    put('addressedTo', quote.addressedTo);
    put('direct', quote.direct);
  }
  if (annotation.kind === 'claim' && claim) {
    put('status', claim.status);
    put('claimedOn', claim.claimedOn);
  }
  if (annotation.kind === 'event' && event) {
    put('startsOn', event.startsOn);
    put('endsOn', event.endsOn);
    put('approximate', event.approximate);
  }
  return fields;
}
