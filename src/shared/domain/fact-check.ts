import { z } from 'zod';
import { annotationIdSchema, anchorStateSchema, claimStatusSchema, spanSchema } from './annotation';
import { partialDateSchema } from './dates';
import { entityIdSchema, entityTypeSchema } from './entity';
import { sourceIdSchema } from './source';

export const ratingIdSchema = z.number().int().positive();

/** One step of the investigation's rating scale; `position` 0 is the best ("True"). */
export const ratingSchema = z.object({
  id: ratingIdSchema,
  label: z.string(),
  position: z.number().int().nonnegative(),
});
export type Rating = z.infer<typeof ratingSchema>;

/** Whether the check rests on the original record (primary) or on someone's account of it. */
export const checkMethodSchema = z.enum(['primary', 'secondary']);
export type CheckMethod = z.infer<typeof checkMethodSchema>;

export const CHECK_METHOD_LABELS: Readonly<Record<CheckMethod, string>> = { primary: 'Primary source', secondary: 'Secondary source' };

/** A claim counts as checked once it has a verdict: any status past "in progress". */
export const CHECKED_STATUSES = ['verified', 'false', 'misleading', 'unverifiable'] as const;

const dayDateSchema = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'Expected a day as YYYY-MM-DD');

export const evidenceKindSchema = z.enum(['annotation', 'source', 'url', 'text']);
export type EvidenceKind = z.infer<typeof evidenceKindSchema>;

/**
 * One piece of evidence. `cited` is what was cited, as it read when it was added (the span's
 * words, the source's title, the address); `missing` says the span or source has since been
 * removed, so the sheet shows it struck through rather than dropping it.
 */
export const evidenceSchema = z.object({
  id: z.number().int().positive(),
  kind: evidenceKindSchema,
  annotationId: annotationIdSchema.nullable(),
  sourceId: sourceIdSchema.nullable(),
  url: z.string().nullable(),
  /** The reporter's words: the whole of a free-text item, or a comment on a link. */
  text: z.string(),
  cited: z.string(),
  missing: z.boolean(),
  createdAt: z.string(),
});
export type Evidence = z.infer<typeof evidenceSchema>;

/** Only web and mail addresses: anything else (javascript:, file:) would be a trap in an export. */
export const evidenceUrlSchema = z
  .string()
  .trim()
  .max(2000, 'An address can be at most 2,000 characters long')
  .refine((value) => {
    try {
      return ['http:', 'https:', 'mailto:'].includes(new URL(value).protocol);
    } catch {
      return false;
    }
  }, 'Expected a full web address starting with http:// or https:// (or a mailto: address)');

const evidenceComment = z.string().trim().max(5000, 'A comment on evidence can be at most 5,000 characters long').default('');

export const newEvidenceSchema = z.discriminatedUnion(
  'kind',
  [
    z.object({ kind: z.literal('annotation'), annotationId: annotationIdSchema, text: evidenceComment }),
    z.object({ kind: z.literal('source'), sourceId: sourceIdSchema, text: evidenceComment }),
    z.object({ kind: z.literal('url'), url: evidenceUrlSchema, text: evidenceComment }),
    z.object({
      kind: z.literal('text'),
      text: z.string().trim().min(1, 'Evidence in words needs some words').max(5000, 'Evidence in words can be at most 5,000 characters long'),
    }),
  ],
  { error: 'Evidence is a span ("annotation"), a source ("source"), an address ("url") or words ("text")' },
);
export type NewEvidence = z.input<typeof newEvidenceSchema>;

/** The source a claim appears in, as the sheet and every export cite it. */
export const citedSourceSchema = z.object({
  id: sourceIdSchema,
  title: z.string(),
  outlet: z.string().nullable(),
  authors: z.array(z.string()),
  publishedDate: partialDateSchema.nullable(),
  url: z.string().nullable(),
  fileName: z.string().nullable(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
});
export type CitedSource = z.infer<typeof citedSourceSchema>;

/** One row of the fact-check sheet: the claim where it stands, and its check. */
export const factCheckSchema = z.object({
  claimId: annotationIdSchema,
  /** The claim's words and position as stored (W3C TextQuoteSelector and TextPositionSelector). */
  span: spanSchema,
  /** Where the span is in the source's text now (it opens there). */
  anchor: z.object({ state: anchorStateSchema, start: z.number().int().nonnegative(), end: z.number().int().nonnegative() }),
  source: citedSourceSchema,
  speaker: z.object({ id: entityIdSchema, name: z.string(), type: entityTypeSchema }).nullable(),
  /** Who makes the claim: the speaker, else the source that asserts it (its outlet, else its title). */
  assertedBy: z.string(),
  claimedOn: partialDateSchema.nullable(),
  status: claimStatusSchema,
  rating: ratingSchema.nullable(),
  evidence: z.array(evidenceSchema),
  method: checkMethodSchema.nullable(),
  checker: z.string(),
  checkedOn: dayDateSchema.nullable(),
  notes: z.string(),
  /** When the check last changed; null when nobody has touched it yet. */
  checkUpdatedAt: z.string().nullable(),
});
export type FactCheck = z.infer<typeof factCheckSchema>;

/** How far the check has got: claims in all, those with a verdict, and the count of each status. */
export const factCheckProgressSchema = z.object({
  total: z.number().int().nonnegative(),
  checked: z.number().int().nonnegative(),
  byStatus: z.record(claimStatusSchema, z.number().int().nonnegative()),
});
export type FactCheckProgress = z.infer<typeof factCheckProgressSchema>;

/** The fields of a check a reporter edits; absent fields stay as they are, null clears. */
export const factCheckChangesSchema = z
  .object({
    status: claimStatusSchema,
    ratingId: ratingIdSchema.nullable(),
    method: checkMethodSchema.nullable(),
    checker: z.string().trim().max(200, 'A checker’s name can be at most 200 characters long'),
    checkedOn: dayDateSchema.nullable(),
    notes: z.string().max(20_000, 'Fact-check notes can be at most 20,000 characters long'),
  })
  .partial()
  .strict()
  .refine((changes) => Object.keys(changes).length > 0, 'Say which fields of the check to change');
export type FactCheckChanges = z.input<typeof factCheckChangesSchema>;

/**
 * The scale as the reporter edits it, best first: an existing rating keeps its id (claims
 * rated with it follow a rename), a new one has none. A rating left out is removed.
 */
export const ratingScaleInputSchema = z
  .array(
    z.object({
      id: ratingIdSchema.optional(),
      label: z.string().trim().min(1, 'A rating needs a label').max(100, 'A rating’s label can be at most 100 characters long'),
    }),
  )
  .min(2, 'A rating scale needs at least two ratings')
  .max(20, 'A rating scale can have at most 20 ratings')
  .refine((ratings) => new Set(ratings.map((r) => r.label.toLocaleLowerCase())).size === ratings.length, 'Two ratings have the same label')
  .refine((ratings) => {
    const ids = ratings.flatMap((r) => (r.id === undefined ? [] : [r.id]));
    return new Set(ids).size === ids.length;
  }, 'A rating appears twice in the scale');
export type RatingScaleInput = z.input<typeof ratingScaleInputSchema>;

export const factCheckExportFormatSchema = z.enum(['csv', 'xlsx', 'docx', 'pdf', 'markdown', 'claimreview']);
export type FactCheckExportFormat = z.infer<typeof factCheckExportFormatSchema>;

/** A file for the renderer to save: text as is, binary formats as base64. */
export const exportedFileSchema = z.object({
  fileName: z.string(),
  mimeType: z.string(),
  encoding: z.enum(['utf-8', 'base64']),
  content: z.string(),
});
export type ExportedFile = z.infer<typeof exportedFileSchema>;
