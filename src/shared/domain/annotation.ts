import { z } from 'zod';
import { partialDateSchema } from './dates';
import { entityIdSchema } from './entity';
import { sourceIdSchema } from './source';

export const annotationIdSchema = z.number().int().positive();
export type AnnotationId = z.infer<typeof annotationIdSchema>;

export const annotationKindSchema = z.enum(['quote', 'mention', 'claim', 'event', 'comment']);
export type AnnotationKind = z.infer<typeof annotationKindSchema>;

export const claimStatusSchema = z.enum(['unchecked', 'in-progress', 'verified', 'false', 'misleading', 'unverifiable']);
export type ClaimStatus = z.infer<typeof claimStatusSchema>;

/** A claim's statuses as a reporter reads them, in the order a check goes through them. */
export const CLAIM_STATUS_LABELS: Readonly<Record<ClaimStatus, string>> = {
  unchecked: 'Unchecked',
  'in-progress': 'In progress',
  verified: 'Verified',
  false: 'False',
  misleading: 'Misleading',
  unverifiable: 'Unverifiable',
};

/**
 * Where an annotation sits, as W3C Web Annotation selectors against the source's canonical
 * text: the position in code points, and the quote with up to 32 characters either side.
 */
export const spanSchema = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  exact: z.string().min(1).max(100_000),
  prefix: z.string().max(64),
  suffix: z.string().max(64),
});
export type Span = z.infer<typeof spanSchema>;

const shortText = z.string().trim().max(500);

/**
 * The fields of each kind; a mention's entity is `entityId` of the annotation itself. No
 * defaults here: a partial change must not carry a default into a field it did not name.
 */
export const quoteFieldsSchema = z.object({
  speakerId: entityIdSchema.nullable(),
  saidOn: partialDateSchema.nullable(),
  channel: shortText,
  addressedTo: shortText,
  direct: z.boolean(),
});
export const claimFieldsSchema = z.object({
  speakerId: entityIdSchema.nullable(),
  status: claimStatusSchema,
  claimedOn: partialDateSchema.nullable(),
});
export const eventFieldsSchema = z.object({
  what: z.string().trim().max(2000),
  startsOn: partialDateSchema.nullable(),
  endsOn: partialDateSchema.nullable(),
  approximate: z.boolean(),
  entityIds: z.array(entityIdSchema).max(100),
});
export type QuoteFields = z.output<typeof quoteFieldsSchema>;
export type ClaimFields = z.output<typeof claimFieldsSchema>;
export type EventFields = z.output<typeof eventFieldsSchema>;

/** What a new annotation of each kind starts with, for the fields not given. */
export const EMPTY_QUOTE: QuoteFields = { speakerId: null, saidOn: null, channel: '', addressedTo: '', direct: true };
export const EMPTY_CLAIM: ClaimFields = { speakerId: null, status: 'unchecked', claimedOn: null };
export const EMPTY_EVENT: EventFields = { what: '', startsOn: null, endsOn: null, approximate: false, entityIds: [] };

/** How an annotation was placed on load: where it was stored, moved, found by likeness, or not at all. */
export const anchorStateSchema = z.enum(['exact', 'moved', 'fuzzy', 'orphaned']);
export type AnchorState = z.infer<typeof anchorStateSchema>;

export const annotationSchema = z.object({
  id: annotationIdSchema,
  sourceId: sourceIdSchema,
  kind: annotationKindSchema,
  span: spanSchema,
  /** Where the span is now; equal to `span` unless the anchor had to be searched for. */
  anchor: z.object({ state: anchorStateSchema, start: z.number().int().nonnegative(), end: z.number().int().nonnegative() }),
  /** The entity a mention links to. */
  entityId: entityIdSchema.nullable(),
  /** A comment's text, or the reporter's notes on any other kind. */
  note: z.string(),
  quote: quoteFieldsSchema.nullable(),
  claim: claimFieldsSchema.nullable(),
  event: eventFieldsSchema.nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type Annotation = z.infer<typeof annotationSchema>;

export const newAnnotationSchema = z.object({
  sourceId: sourceIdSchema,
  kind: annotationKindSchema,
  span: spanSchema,
  entityId: entityIdSchema.nullable().default(null),
  note: z.string().max(20_000).default(''),
  quote: quoteFieldsSchema.partial().optional(),
  claim: claimFieldsSchema.partial().optional(),
  event: eventFieldsSchema.partial().optional(),
});
export type NewAnnotation = z.input<typeof newAnnotationSchema>;

export const annotationChangesSchema = z.object({
  entityId: entityIdSchema.nullable().optional(),
  note: z.string().max(20_000).optional(),
  quote: quoteFieldsSchema.partial().optional(),
  claim: claimFieldsSchema.partial().optional(),
  event: eventFieldsSchema.partial().optional(),
});
export type AnnotationChanges = z.input<typeof annotationChangesSchema>;

/** 32 characters of context either side, as the W3C TextQuoteSelector is used here. */
export const QUOTE_CONTEXT_LENGTH = 32;
