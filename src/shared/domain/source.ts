import { z } from 'zod';
import { partialDateSchema, timestampSchema } from './dates';

export const sourceIdSchema = z.number().int().positive();
export type SourceId = z.infer<typeof sourceIdSchema>;

/** A structural block of the canonical text, as code-point offsets into it. */
export const textBlockSchema = z.object({
  kind: z.enum(['heading', 'paragraph', 'blockquote', 'list-item']),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  level: z.number().int().min(1).max(6).optional(),
});
export type TextBlock = z.infer<typeof textBlockSchema>;

export const sourceSummarySchema = z.object({
  id: sourceIdSchema,
  title: z.string(),
  outlet: z.string().nullable(),
  authors: z.array(z.string()),
  publishedDate: partialDateSchema.nullable(),
  url: z.string().nullable(),
  fileName: z.string().nullable(),
  mimeType: z.string(),
  sizeBytes: z.number().int().nonnegative(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  importedAt: timestampSchema,
  wordCount: z.number().int().nonnegative(),
  /** Annotations anchored in this source (quotes, mentions, claims, events, comments). */
  annotationCount: z.number().int().nonnegative(),
  description: z.string(),
  language: z.string().nullable(),
});
export type SourceSummary = z.infer<typeof sourceSummarySchema>;

export const sourceDetailSchema = sourceSummarySchema.extend({
  text: z.string(),
  blocks: z.array(textBlockSchema),
});
export type SourceDetail = z.infer<typeof sourceDetailSchema>;

const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .transform((value) => (value === '' ? null : value))
    .nullable();

/**
 * The metadata a reporter may correct after import. Absent fields stay as they are; an empty
 * string or null clears an optional field. The title cannot be cleared: every source needs one.
 */
export const sourceMetadataChangesSchema = z
  .object({
    title: z.string().trim().min(1, 'A source needs a title').max(500),
    outlet: optionalText(300),
    authors: z.array(z.string().trim().min(1).max(200)).max(50),
    publishedDate: partialDateSchema.nullable(),
    url: z
      .string()
      .trim()
      .max(4096)
      .refine((value) => value === '' || /^https?:\/\/[^\s]+$/i.test(value), 'A web address starts with http:// or https://')
      .transform((value) => (value === '' ? null : value))
      .nullable(),
    language: z
      .string()
      .trim()
      .max(35)
      .refine((value) => value === '' || /^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/.test(value), 'A language is a tag like “en” or “pt-BR”')
      .transform((value) => (value === '' ? null : value))
      .nullable(),
    description: z.string().max(20_000),
  })
  .partial();
export type SourceMetadataChanges = z.input<typeof sourceMetadataChangesSchema>;
