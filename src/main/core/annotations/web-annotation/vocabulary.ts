import type { AnnotationKind } from '../../../../shared/domain/annotation';

/**
 * The terms Sourcebook writes into W3C Web Annotation JSON-LD, and reads back.
 * Spec: https://www.w3.org/TR/annotation-model/ and https://www.w3.org/TR/annotation-vocab/.
 */
export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
/**
 * What the standard has no term for (a quote's channel, a claim's status…) goes under this
 * prefix, declared in the document's @context so every field still expands to an IRI.
 */
export const SOURCEBOOK_PREFIX = 'sourcebook';
export const SOURCEBOOK_VOCABULARY = 'urn:sourcebook:vocab:';
export const CONTEXT = [ANNO_CONTEXT, { [SOURCEBOOK_PREFIX]: SOURCEBOOK_VOCABULARY }] as const;

/**
 * Each kind as the nearest W3C motivation (annotation-model §3.3.5):
 * - quote → highlighting: the passage itself is what matters (the speaker is a body);
 * - mention → identifying: the passage names an entity of the registry;
 * - claim → assessing: the passage is checked, with a status;
 * - event → describing: the passage tells what happened, described in a body;
 * - comment → commenting.
 * Reading a file, `sourcebook:kind` decides when present. Without it (a file from another
 * tool) the motivation does, except that a bare highlight becomes a comment: nothing says a
 * highlighted passage is someone's words.
 */
export const MOTIVATION_BY_KIND: Record<AnnotationKind, string> = {
  quote: 'highlighting',
  mention: 'identifying',
  claim: 'assessing',
  event: 'describing',
  comment: 'commenting',
};
export const KIND_BY_FOREIGN_MOTIVATION: Readonly<Record<string, AnnotationKind>> = {
  identifying: 'mention',
  assessing: 'claim',
  describing: 'event',
  commenting: 'comment',
  highlighting: 'comment',
};

/** What an entity body is to the annotation: the entity named, who spoke, who was involved. */
export const ENTITY_ROLES = ['mentioned', 'speaker', 'involved'] as const;
export type EntityRole = (typeof ENTITY_ROLES)[number];

/** A source's identity is its SHA-256: the same bytes are the same source wherever they are. */
export function sha256Urn(sha256: string): string {
  return `urn:sha256:${sha256}`;
}

export function sha256FromUrn(urn: string): string | null {
  const match = /^urn:sha256:([0-9a-f]{64})$/i.exec(urn.trim());
  return match ? match[1]!.toLowerCase() : null;
}

export const annotationUrn = (id: number) => `urn:sourcebook:annotation:${id}`;
export const entityUrn = (id: number) => `urn:sourcebook:entity:${id}`;
