import { z } from 'zod';
import { annotationIdSchema } from './annotation';
import { partialDateSchema } from './dates';
import { entityIdSchema } from './entity';
import { sourceIdSchema } from './source';

/** What a timeline item is: a tagged event, a quote with its date said, a claim with its date, a source's publication, or an event typed on the timeline. */
export const timelineKindSchema = z.enum(['event', 'quote', 'claim', 'publication', 'entry']);
export type TimelineKind = z.infer<typeof timelineKindSchema>;

const daySchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/**
 * When an item happened, drawn honestly: the whole span its words allow ("September 2020" is
 * 1–30 September), with the precision it was given and whether it is approximate.
 */
export const timelineDateSchema = z.object({
  /** First and last day the date covers, inclusive. */
  start: daySchema,
  end: daySchema,
  precision: z.enum(['day', 'month', 'year', 'range']),
  approximate: z.boolean(),
  /** "12 March 2026", "September 2020", "2018–2021", "c. 2019". */
  label: z.string(),
  /** The date as it was given ("2020-09"), and the end of a range as given, or null: what an edit form shows. */
  startsOn: partialDateSchema,
  endsOn: partialDateSchema.nullable(),
});
export type TimelineDate = z.infer<typeof timelineDateSchema>;

export const timelineItemSchema = z.object({
  /** "annotation:12", "source:3", "entry:5": unique across kinds. */
  id: z.string(),
  kind: timelineKindSchema,
  /** A line to show: the event's what, the quote's words, the claim, the source's title. */
  headline: z.string(),
  /**
   * More: the speaker and channel of a quote, a claim's status, the reporter's notes. Paragraphs
   * are separated by a blank line. For an entry it is exactly the entry's note (and the headline
   * exactly its `what`), so an edit form can be filled from the item.
   */
  text: z.string(),
  date: timelineDateSchema,
  entityIds: z.array(entityIdSchema),
  sourceId: sourceIdSchema.nullable(),
  sourceTitle: z.string().nullable(),
  annotationId: annotationIdSchema.nullable(),
  entryId: z.number().int().positive().nullable(),
});
export type TimelineItem = z.infer<typeof timelineItemSchema>;

/** Items that seem to describe one thing but are dated differently, and why they were grouped. */
export const timelineConflictSchema = z.object({
  /** In timeline order; every id is among the listed items. */
  itemIds: z.array(z.string()).min(2),
  /** "Two events about Halden Systems and FBIA, dated a day apart: 11 March 2026 (The Ledger) and 12 March 2026 (Wire)." */
  reason: z.string(),
  /** Whether the reporter linked (some of) these items as one event, rather than the timeline finding them alike. */
  linked: z.boolean(),
});

/** The reporter's word on two items: one event told twice, or two events that only look alike. */
export const timelineLinkRelationSchema = z.enum(['same', 'different']);
export type TimelineLinkRelation = z.infer<typeof timelineLinkRelationSchema>;

export const timelineLinkSchema = z.object({ itemIds: z.tuple([z.string(), z.string()]), relation: timelineLinkRelationSchema });
export type TimelineLink = z.infer<typeof timelineLinkSchema>;
export type TimelineConflict = z.infer<typeof timelineConflictSchema>;

export const timelineFiltersSchema = z.object({
  entityIds: z.array(entityIdSchema).max(100).default([]),
  kinds: z.array(timelineKindSchema).max(5).default([]),
  sourceIds: z.array(sourceIdSchema).max(1000).default([]),
  /** Items that overlap [from, to] (days, inclusive); either may be null (open). */
  from: daySchema.nullable().default(null),
  to: daySchema.nullable().default(null),
  /** Every word must appear, ignoring case and accents, in the headline, text, source title or an entity's name. */
  query: z.string().max(200).default(''),
  /** Each source's publication date as an item (off unless asked; `kinds` cannot turn it on). */
  includePublications: z.boolean().default(false),
});
export type TimelineFilters = z.input<typeof timelineFiltersSchema>;

/**
 * An event typed on the timeline itself, not found in a source. The end, when given, must not
 * lie before the start; an end equal to the start is stored as no end.
 */
export const timelineEntryInputSchema = z.object({
  what: z.string().trim().min(1, 'Say what happened').max(2000),
  startsOn: partialDateSchema,
  endsOn: partialDateSchema.nullable(),
  approximate: z.boolean(),
  entityIds: z.array(entityIdSchema).max(100),
  note: z.string().max(20_000).default(''),
});
export type TimelineEntryInput = z.input<typeof timelineEntryInputSchema>;

/** An entry as stored, with its id: what deleteEntry returns and restoreEntry takes back. */
export const timelineEntrySchema = timelineEntryInputSchema.extend({ id: z.number().int().positive() });
export type TimelineEntry = z.output<typeof timelineEntrySchema>;
