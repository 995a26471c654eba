import { z } from 'zod';
import { defineMethod } from '../define';
import { annotationSchema } from '../../domain/annotation';
import {
  builtComparisonSchema,
  comparisonExportFormatSchema,
  comparisonIdSchema,
  comparisonNameSchema,
  comparisonSpecSchema,
  comparisonSummarySchema,
  discrepancyViewSchema,
  savedComparisonSchema,
} from '../../domain/comparison';
import { entityIdSchema } from '../../domain/entity';
import { exportedFileSchema } from '../../domain/fact-check';
import { sourceIdSchema } from '../../domain/source';

export const compareMethods = {
  'compare.build': defineMethod({
    summary: 'The statements of 2 to 4 columns, aligned in rows by the reporter’s links and then by wording, with the reason for each row, what they share and where their figures differ, and what stayed unpaired.',
    params: comparisonSpecSchema,
    result: builtComparisonSchema,
  }),
  'compare.save': defineMethod({
    summary: 'Save a comparison under a name: a new one, or (with its id) over a saved one.',
    params: comparisonSpecSchema.extend({ id: comparisonIdSchema.optional(), name: comparisonNameSchema }),
    result: savedComparisonSchema,
  }),
  'compare.list': defineMethod({
    summary: 'The saved comparisons, most recently saved first.',
    params: z.object({}),
    result: z.array(comparisonSummarySchema),
  }),
  'compare.get': defineMethod({
    summary: 'A saved comparison: its columns, whether claims are listed, and its pinned rows.',
    params: z.object({ id: comparisonIdSchema }),
    result: savedComparisonSchema,
  }),
  'compare.rename': defineMethod({
    summary: 'Rename a saved comparison.',
    params: z.object({ id: comparisonIdSchema, name: comparisonNameSchema }),
    result: savedComparisonSchema,
  }),
  'compare.delete': defineMethod({
    summary: 'Delete a saved comparison; returns it whole, so it can be saved again (undo).',
    params: z.object({ id: comparisonIdSchema }),
    result: savedComparisonSchema,
  }),
  'compare.discrepancies': defineMethod({
    summary: 'Money, dates, counts and shares about one entity or event that differ across sources, each with the spans side by side and why they were taken for one fact.',
    params: z.object({ sourceIds: z.array(sourceIdSchema).max(10_000).optional() }),
    result: z.object({ discrepancies: z.array(discrepancyViewSchema) }),
  }),
  'compare.discrepancyToClaim': defineMethod({
    summary: 'Tag words of a discrepancy (a figure or its sentence) as a claim to check; gives back the claim already there when those words are one.',
    params: z.object({
      sourceId: sourceIdSchema,
      /** Code points, as a discrepancy’s `figure` or `sentence` gives them. */
      start: z.number().int().nonnegative(),
      end: z.number().int().positive(),
      speakerId: entityIdSchema.nullable().default(null),
      /** The claim’s notes: the discrepancy’s explanation, say. */
      note: z.string().max(20_000).default(''),
    }),
    result: z.object({ claim: annotationSchema, created: z.boolean() }),
  }),
  'compare.export': defineMethod({
    summary: 'The comparison as a side-by-side table (HTML, Markdown, PDF or DOCX), each statement with its citation: source title, outlet, date and link; a task with progress that can be cancelled.',
    params: comparisonSpecSchema.extend({ name: comparisonNameSchema.default('Comparison'), format: comparisonExportFormatSchema, taskId: z.string().min(1).max(100).optional() }),
    result: exportedFileSchema,
  }),
} as const;
