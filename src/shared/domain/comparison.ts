import { z } from 'zod';
import { annotationIdSchema } from './annotation';
import { partialDateSchema, timestampSchema } from './dates';
import { entityIdSchema } from './entity';
import { sourceIdSchema } from './source';

/**
 * The Compare view: 2 to 4 columns of statements (quotes, and claims on a toggle) set side by
 * side, rows pairing statements on one topic, and the figures that disagree across sources.
 * Every offset in this file counts code points, as stored spans do.
 */

export const comparisonIdSchema = z.number().int().positive();
export type ComparisonId = z.infer<typeof comparisonIdSchema>;

/** A quote's or claim's annotation id. */
export const statementIdSchema = annotationIdSchema;
export type StatementIdValue = z.infer<typeof statementIdSchema>;

const labelSchema = z.string().trim().max(200).default('');
export const comparisonNameSchema = z.string().trim().min(1, 'A comparison needs a name').max(200, 'A comparison’s name can have at most 200 characters');

/**
 * What a column lists. A saved column whose speaker or source was removed since keeps its place
 * with the id cleared (null, or no speakers left): the view says so instead of losing it.
 * `label` is the reporter's heading; empty, the speaker's or source's name is used.
 */
export const comparisonColumnSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('speaker'), label: labelSchema, speakerId: entityIdSchema.nullable() }),
  z.object({ kind: z.literal('speakers'), label: labelSchema, speakerIds: z.array(entityIdSchema).max(50, 'A group can have at most 50 speakers') }),
  z.object({ kind: z.literal('source'), label: labelSchema, sourceId: sourceIdSchema.nullable() }),
  z.object({
    kind: z.literal('speaker-in-dates'),
    label: labelSchema,
    speakerId: entityIdSchema.nullable(),
    /** Either end may be open; both open is just the speaker. */
    from: partialDateSchema.nullable(),
    to: partialDateSchema.nullable(),
  }),
]);
export type ComparisonColumn = z.output<typeof comparisonColumnSchema>;
export type ComparisonColumnInput = z.input<typeof comparisonColumnSchema>;

/**
 * A row paired by hand: one cell per column, null where the row has none. A re-pairing is a
 * pin; a pin holding one statement keeps that statement alone (unpaired) whatever the words say.
 */
export const pinnedRowSchema = z.object({ cells: z.array(statementIdSchema.nullable()).min(2).max(4) });
export type PinnedRowValue = z.infer<typeof pinnedRowSchema>;

/** What a comparison is made of; the same whether it is on screen only or saved. */
export const comparisonSpecSchema = z.object({
  columns: z.array(comparisonColumnSchema).min(2, 'Compare takes 2 to 4 columns').max(4, 'Compare takes 2 to 4 columns'),
  includeClaims: z.boolean().default(false),
  /** In the order they were made: a later pin using a statement an earlier one holds is set aside. */
  pins: z.array(pinnedRowSchema).max(2000).default([]),
});
export type ComparisonSpec = z.output<typeof comparisonSpecSchema>;
export type ComparisonSpecInput = z.input<typeof comparisonSpecSchema>;

export const savedComparisonSchema = comparisonSpecSchema.extend({
  id: comparisonIdSchema,
  name: z.string(),
  createdAt: timestampSchema,
  updatedAt: timestampSchema,
});
export type SavedComparison = z.output<typeof savedComparisonSchema>;

export const comparisonSummarySchema = z.object({
  id: comparisonIdSchema,
  name: z.string(),
  /** Each column's heading, as the view shows it. */
  columnLabels: z.array(z.string()),
  includeClaims: z.boolean(),
  pinCount: z.number().int().nonnegative(),
  createdAt: timestampSchema,
  updatedAt: timestampSchema,
});
export type ComparisonSummary = z.infer<typeof comparisonSummarySchema>;

/** A source as an export cites it: title, outlet, date, link. */
export const citationSchema = z.object({
  id: sourceIdSchema,
  title: z.string(),
  outlet: z.string().nullable(),
  publishedDate: partialDateSchema.nullable(),
  url: z.string().nullable(),
});
export type Citation = z.infer<typeof citationSchema>;

export const statementViewSchema = z.object({
  id: statementIdSchema,
  kind: z.enum(['quote', 'claim']),
  text: z.string(),
  /** When it was said (a quote's date said, a claim's date claimed), else its source's date. */
  date: partialDateSchema.nullable(),
  /** `date` is the source's publication date, not the day it was said. */
  dateFromSource: z.boolean(),
  channel: z.string(),
  speaker: z.object({ id: entityIdSchema, name: z.string() }).nullable(),
  source: citationSchema,
  /** The reporter's links the alignment pairs by: entities tagged in or on it, events it is in. */
  tags: z.array(z.object({ key: z.string(), name: z.string() })),
});
export type StatementView = z.infer<typeof statementViewSchema>;

export const pairingReasonSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('pinned') }),
  z.object({ kind: z.literal('tags'), tags: z.array(z.string()), similarity: z.number() }),
  z.object({ kind: z.literal('similarity'), similarity: z.number() }),
]);

/** What to mark in a statement of a paired row; ranges are code points into the statement's text. */
export const statementHighlightsSchema = z.object({
  sharedWords: z.array(z.object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative(), inAll: z.boolean() })),
  figures: z.array(
    z.object({
      start: z.number().int().nonnegative(),
      end: z.number().int().nonnegative(),
      text: z.string(),
      kind: z.enum(['money', 'percent', 'count', 'date']),
      status: z.enum(['same', 'differs', 'only-here']),
      normalized: z.string(),
    }),
  ),
});
export type StatementHighlightsView = z.infer<typeof statementHighlightsSchema>;

export const comparisonRowSchema = z.object({
  cells: z.array(statementIdSchema.nullable()),
  pinned: z.boolean(),
  reason: pairingReasonSchema,
  /** "pinned by hand", "tag “Pilot cancelled” shared", "similar wording (0.42)". */
  reasonText: z.string(),
  /** How each later statement joined the row, in words. */
  links: z.array(z.object({ column: z.number().int(), pairedWith: z.number().int(), reasonText: z.string() })),
  /** One per cell (null for an empty cell). */
  highlights: z.array(statementHighlightsSchema.nullable()),
});
export type ComparisonRow = z.infer<typeof comparisonRowSchema>;

export const builtComparisonSchema = z.object({
  /** Every statement listed, once, whichever columns list it. */
  statements: z.array(statementViewSchema),
  columns: z.array(
    z.object({
      label: z.string(),
      /** In date order (undated last), then by id. */
      statementIds: z.array(statementIdSchema),
      /** Why the column is empty when something it named was removed; null otherwise. */
      problem: z.string().nullable(),
    }),
  ),
  rows: z.array(comparisonRowSchema),
  /** Per column, the statements in no row, in date order. */
  unmatched: z.array(z.array(statementIdSchema)),
  /** Pins that no longer fit (a statement left its column), with the reason in words. */
  ignoredPins: z.array(z.object({ cells: z.array(statementIdSchema.nullable()), why: z.enum(['wrong-number-of-cells', 'not-in-column', 'already-used', 'empty']), explanation: z.string() })),
  /** Links left out of the pairing because nearly every statement has them. */
  commonTags: z.array(z.object({ key: z.string(), name: z.string(), statements: z.number().int(), of: z.number().int() })),
});
export type BuiltComparison = z.infer<typeof builtComparisonSchema>;

const figureKindSchema = z.enum(['money', 'percent', 'count', 'date']);

/** A figure as one source gives it, with the sentence around it split for showing. */
export const discrepancyFactSchema = z.object({
  id: z.string(),
  source: citationSchema,
  /** The money or date mention the figure was tagged as; null for a figure found in the text. */
  annotationId: annotationIdSchema.nullable(),
  normalized: z.string(),
  figure: z.object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative(), text: z.string() }),
  /** The sentence holding it: `before` + `figure.text` + `after`; start and end are code points. */
  sentence: z.object({ start: z.number().int().nonnegative(), end: z.number().int().nonnegative(), before: z.string(), after: z.string() }),
});
export type DiscrepancyFact = z.infer<typeof discrepancyFactSchema>;

export const discrepancyViewSchema = z.object({
  /** Stable while the facts are: subject, kind and the first fact. */
  key: z.string(),
  subject: z.object({ kind: z.enum(['entity', 'event']), id: z.number().int().positive(), name: z.string() }),
  kind: figureKindSchema,
  /** Why these figures were taken for one fact, in words. */
  explanation: z.string(),
  values: z.array(z.object({ normalized: z.string(), factIds: z.array(z.string()) })),
  sharedContext: z.array(z.object({ term: z.string(), words: z.array(z.string()), facts: z.number().int() })),
  /** By source, then position: the spans to set side by side. */
  facts: z.array(discrepancyFactSchema),
});
export type DiscrepancyView = z.infer<typeof discrepancyViewSchema>;

/** The formats a comparison is exported in, each side by side. */
export const comparisonExportFormatSchema = z.enum(['html', 'markdown', 'pdf', 'docx']);
export type ComparisonExportFormat = z.infer<typeof comparisonExportFormatSchema>;
