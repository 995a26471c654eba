import { z } from 'zod';
import { defineMethod } from '../define';
import { annotationSchema } from '../../domain/annotation';
import { sourceIdSchema } from '../../domain/source';
import { suggestionEditsSchema, suggestionIdSchema, suggestionKindSchema, suggestionSchema } from '../../domain/suggestion';

export const analysisMethods = {
  'analysis.run': defineMethod({
    summary: 'Find names, amounts, dates and attributed quotes in sources (all of them without ids), as suggestions; a task with progress.',
    params: z.object({ sourceIds: z.array(sourceIdSchema).min(1).max(100_000).nullable(), taskId: z.string().min(1).max(100).optional() }),
    result: z.object({ analyzed: z.number().int().nonnegative(), suggested: z.number().int().nonnegative() }),
  }),
  'suggestions.list': defineMethod({
    summary: 'A source’s suggestions still to decide, in reading order, and when it was last analyzed.',
    params: z.object({ sourceId: sourceIdSchema }),
    result: z.object({
      suggestions: z.array(suggestionSchema),
      analyzedAt: z.string().nullable(),
      /** The date relative dates were counted from, and whether it was the publication or the import date. */
      reference: z.object({ date: z.string(), basis: z.enum(['published', 'imported']) }).nullable(),
    }),
  }),
  'suggestions.accept': defineMethod({
    summary: 'Make a suggestion an annotation (with the reporter’s corrections to its entity, speaker or channel).',
    params: z.object({ id: suggestionIdSchema, edits: suggestionEditsSchema.optional() }),
    result: annotationSchema,
  }),
  'suggestions.reject': defineMethod({
    summary: 'Decline a suggestion; the analysis will not make it again.',
    params: z.object({ id: suggestionIdSchema }),
    result: z.object({ rejected: z.literal(true) }),
  }),
  'suggestions.reopen': defineMethod({
    summary: 'Take a decision back (undo): the suggestion is offered again, and the annotation an accept made is removed.',
    params: z.object({ id: suggestionIdSchema }),
    result: z.object({ removedAnnotationId: z.number().int().positive().nullable() }),
  }),
  'suggestions.acceptAll': defineMethod({
    summary: 'Accept every pending suggestion of one kind in a source.',
    params: z.object({ sourceId: sourceIdSchema, kind: suggestionKindSchema }),
    result: z.object({ accepted: z.number().int().nonnegative() }),
  }),
} as const;
