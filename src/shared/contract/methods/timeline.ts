import { z } from 'zod';
import { defineMethod } from '../define';
import { timelineConflictSchema, timelineEntryInputSchema, timelineEntrySchema, timelineFiltersSchema, timelineItemSchema, timelineLinkRelationSchema, timelineLinkSchema } from '../../domain/timeline';
import { timelineColumnsSchema } from '../../domain/timeline-columns';

/** An item that can be linked: a tagged item or an event typed on the timeline. */
const timelineLinkItemId = z.string().regex(/^(annotation|entry):[1-9]\d{0,15}$/, 'Only tagged items and events typed on the timeline can be linked');

export const timelineMethods = {
  'timeline.list': defineMethod({
    summary: 'Every dated item of the investigation that passes the filters, in time order (as columns: see timeline-columns), with the conflicts among them and the reporter’s links between them.',
    params: z.object({ filters: timelineFiltersSchema }),
    result: z.object({ items: timelineColumnsSchema, conflicts: z.array(timelineConflictSchema), links: z.array(timelineLinkSchema) }),
  }),
  'timeline.link': defineMethod({
    summary: 'Say that two items are one event told twice (same) or two events that only look alike (different).',
    params: z.object({ itemIds: z.tuple([timelineLinkItemId, timelineLinkItemId]), relation: timelineLinkRelationSchema }),
    result: z.object({ ok: z.literal(true) }),
  }),
  'timeline.unlink': defineMethod({
    summary: 'Forget what was said about two items; the timeline judges them by itself again.',
    params: z.object({ itemIds: z.tuple([timelineLinkItemId, timelineLinkItemId]) }),
    result: z.object({ ok: z.literal(true) }),
  }),
  'timeline.addEntry': defineMethod({
    summary: 'Add an event typed on the timeline itself, linked to entities.',
    params: timelineEntryInputSchema,
    result: timelineItemSchema,
  }),
  'timeline.updateEntry': defineMethod({
    summary: 'Change an event typed on the timeline.',
    params: z.object({ id: z.number().int().positive(), entry: timelineEntryInputSchema }),
    result: timelineItemSchema,
  }),
  'timeline.deleteEntry': defineMethod({
    summary: 'Remove an event typed on the timeline; returns it whole, so it can be put back (undo).',
    params: z.object({ id: z.number().int().positive() }),
    result: timelineEntrySchema,
  }),
  'timeline.restoreEntry': defineMethod({
    summary: 'Put back an entry that was deleted, with its id (undo of a delete).',
    params: z.object({ entry: timelineEntrySchema }),
    result: timelineItemSchema,
  }),
  'timeline.export': defineMethod({
    summary: 'The filtered timeline as TimelineJS JSON or as the TimelineJS spreadsheet columns in CSV.',
    params: z.object({
      filters: timelineFiltersSchema,
      format: z.enum(['timelinejs-json', 'timelinejs-csv']),
      /** What TimelineJS groups rows by (its lanes): the item's kind, or its source. */
      groupBy: z.enum(['kind', 'source']).default('kind'),
    }),
    result: z.object({ fileName: z.string(), mimeType: z.string(), content: z.string() }),
  }),
} as const;
