import { z } from 'zod';
import { annotationSchema } from './annotation';
import { partialDateSchema } from './dates';
import { sourceIdSchema } from './source';

/** The source an annotation is in, as a citation needs it. */
export const citedSourceSchema = z.object({
  id: sourceIdSchema,
  title: z.string(),
  outlet: z.string().nullable(),
  publishedDate: partialDateSchema.nullable(),
});

/** An annotation with its source: what a quote card in a note shows. */
export const citedAnnotationSchema = z.object({
  annotation: annotationSchema,
  source: citedSourceSchema,
});
export type CitedAnnotation = z.infer<typeof citedAnnotationSchema>;
