import { z } from 'zod';
import { defineMethod } from '../define';
import {
  annotationChangesSchema,
  annotationIdSchema,
  annotationSchema,
  newAnnotationSchema,
} from '../../domain/annotation';
import { citedAnnotationSchema } from '../../domain/cited-annotation';
import { entityChangesSchema, entityIdSchema, entitySchema, newEntitySchema } from '../../domain/entity';
import { sourceIdSchema } from '../../domain/source';

const MAX_INTERCHANGE_CHARS = 50 * 1024 * 1024;

const auditRecordSchema = z.object({ at: z.string(), actor: z.string(), action: z.string(), before: z.unknown(), after: z.unknown() });

const unlinkedMentionSchema = z.object({
  sourceId: sourceIdSchema,
  sourceTitle: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  exact: z.string(),
  before: z.string(),
  after: z.string(),
});

export const annotationMethods = {
  'annotations.list': defineMethod({
    summary: 'Every annotation of a source, in reading order, each placed in the text as it is now.',
    params: z.object({ sourceId: sourceIdSchema }),
    result: z.array(annotationSchema),
  }),
  'annotations.create': defineMethod({
    summary: 'Tag a span of a source as a quote, mention, claim, event or comment.',
    params: newAnnotationSchema,
    result: annotationSchema,
  }),
  'annotations.update': defineMethod({
    summary: 'Change an annotation’s fields (its span never changes).',
    params: z.object({ id: annotationIdSchema, changes: annotationChangesSchema }),
    result: annotationSchema,
  }),
  'annotations.delete': defineMethod({
    summary: 'Remove an annotation; returns it whole so it can be restored (undo).',
    params: z.object({ id: annotationIdSchema }),
    result: annotationSchema,
  }),
  'annotations.restore': defineMethod({
    summary: 'Put back a deleted annotation with its id and fields (undo of a delete, redo of a tag).',
    params: z.object({ annotation: annotationSchema }),
    result: annotationSchema,
  }),
  'annotations.cite': defineMethod({
    summary: 'Annotations by id, each with its source, for quote cards; ids no longer present are left out.',
    params: z.object({ ids: z.array(annotationIdSchema).max(1_000) }),
    result: z.array(citedAnnotationSchema),
  }),
  'annotations.findQuotes': defineMethod({
    summary: 'Quotes whose words, speaker or source title contain every word typed, latest said first.',
    params: z.object({ query: z.string().max(500), limit: z.number().int().positive().max(500) }),
    result: z.array(citedAnnotationSchema),
  }),
  'entities.list': defineMethod({
    summary: 'The entity registry, by name, with aliases and how often each is tagged.',
    params: z.object({}),
    result: z.array(entitySchema),
  }),
  'entities.get': defineMethod({
    summary: 'One entity by id, even one merged into another, with the registry entity it was merged into (null if none).',
    params: z.object({ id: entityIdSchema }),
    result: z.object({ entity: entitySchema, mergedInto: entitySchema.nullable() }),
  }),
  'entities.appearances': defineMethod({
    summary: 'Every annotation that names the entity (mentions, quotes and claims it made, events it was in), with its source, each placed in the text as it is now.',
    params: z.object({ id: entityIdSchema }),
    result: z.array(citedAnnotationSchema),
  }),
  'entities.create': defineMethod({
    summary: 'Add an entity to the registry.',
    params: newEntitySchema,
    result: entitySchema,
  }),
  'entities.update': defineMethod({
    summary: 'Rename, retype or describe an entity, or change its aliases.',
    params: z.object({ id: entityIdSchema, changes: entityChangesSchema }),
    result: entitySchema,
  }),
  'entities.merge': defineMethod({
    summary: 'Merge one entity into another: its mentions, quotes, claims, events and names follow.',
    params: z.object({ mergedId: entityIdSchema, intoId: entityIdSchema }),
    result: z.object({ mergeId: z.number().int().positive(), entity: entitySchema }),
  }),
  'entities.undoMerge': defineMethod({
    summary: 'Undo a merge exactly.',
    params: z.object({ mergeId: z.number().int().positive() }),
    result: z.object({ restored: entitySchema }),
  }),
  'entities.unlinkedMentions': defineMethod({
    summary: 'Places in every source that name the entity (or an alias) and are not tagged as it yet.',
    params: z.object({ id: entityIdSchema }),
    result: z.array(unlinkedMentionSchema),
  }),
  'entities.linkMentions': defineMethod({
    summary: 'Tag the chosen places as mentions of the entity, in one step.',
    params: z.object({
      id: entityIdSchema,
      mentions: z.array(z.object({ sourceId: sourceIdSchema, start: z.number().int().nonnegative(), end: z.number().int().nonnegative() })).max(10_000),
    }),
    result: z.object({ created: z.number().int().nonnegative() }),
  }),
  'entities.history': defineMethod({
    summary: 'What changed in an entity, when, by whom, from what to what.',
    params: z.object({ id: entityIdSchema }),
    result: z.array(auditRecordSchema),
  }),
  'annotations.history': defineMethod({
    summary: 'What changed in an annotation (a claim’s statuses, a quote’s speaker), when, from what to what.',
    params: z.object({ id: annotationIdSchema }),
    result: z.array(auditRecordSchema),
  }),
  'annotations.exportWebAnnotations': defineMethod({
    summary: 'Every annotation as W3C Web Annotation JSON-LD, sources identified by SHA-256.',
    params: z.object({}),
    result: z.object({ fileName: z.string(), json: z.string() }),
  }),
  'annotations.importWebAnnotations': defineMethod({
    summary: 'Read a W3C Web Annotation file back, placing each annotation in the sources present.',
    params: z.object({ json: z.string().max(MAX_INTERCHANGE_CHARS, 'This annotation file is larger than Sourcebook reads (50 MB).') }),
    result: z.object({ imported: z.number().int().nonnegative(), entitiesCreated: z.number().int().nonnegative(), skipped: z.array(z.object({ reason: z.string() })) }),
    maxRequestBytes: 6 * MAX_INTERCHANGE_CHARS + 1024,
  }),
} as const;
