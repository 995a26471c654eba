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
});
export type SourceSummary = z.infer<typeof sourceSummarySchema>;

export const sourceDetailSchema = sourceSummarySchema.extend({
  description: z.string(),
  language: z.string().nullable(),
  text: z.string(),
  blocks: z.array(textBlockSchema),
});
export type SourceDetail = z.infer<typeof sourceDetailSchema>;
