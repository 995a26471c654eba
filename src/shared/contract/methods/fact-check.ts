import { z } from 'zod';
import { defineMethod } from '../define';
import { annotationIdSchema, claimStatusSchema } from '../../domain/annotation';
import {
  evidenceSchema,
  exportedFileSchema,
  factCheckChangesSchema,
  factCheckExportFormatSchema,
  factCheckProgressSchema,
  factCheckSchema,
  newEvidenceSchema,
  ratingScaleInputSchema,
  ratingSchema,
} from '../../domain/fact-check';

const claimIdsSchema = z
  .array(annotationIdSchema, { error: 'Expected a list of claim ids' })
  .max(100_000, 'At most 100,000 claims at once');

const auditRecordSchema = z.object({ at: z.string(), actor: z.string(), action: z.string(), before: z.unknown(), after: z.unknown() });

export const factCheckMethods = {
  'factCheck.list': defineMethod({
    summary: 'The fact-check sheet: every claim (or the given ones, in that order) with its source, check and evidence; the scale; the progress.',
    params: z.object({ claimIds: claimIdsSchema.optional() }),
    result: z.object({ claims: z.array(factCheckSchema), scale: z.array(ratingSchema), progress: factCheckProgressSchema }),
  }),
  'factCheck.update': defineMethod({
    summary: 'Change one claim’s check: status, rating, method, checker, date checked, notes.',
    params: z.object({ claimId: annotationIdSchema, changes: factCheckChangesSchema }),
    result: factCheckSchema,
  }),
  'factCheck.setStatus': defineMethod({
    summary: 'Give many claims one status at once: all change, or none.',
    params: z.object({ claimIds: claimIdsSchema.min(1, 'Select at least one claim to change its status'), status: claimStatusSchema }),
    result: z.array(factCheckSchema),
  }),
  'factCheck.updateScale': defineMethod({
    summary: 'Replace the rating scale (best first); existing ratings keep their ids, ratings still in use cannot be removed.',
    params: z.object({ ratings: ratingScaleInputSchema }),
    result: z.array(ratingSchema),
  }),
  'factCheck.addEvidence': defineMethod({
    summary: 'Add evidence to a claim: another span, a source, a web address, or words.',
    params: z.object({ claimId: annotationIdSchema, evidence: newEvidenceSchema }),
    result: z.object({ check: factCheckSchema, evidence: evidenceSchema }),
  }),
  'factCheck.removeEvidence': defineMethod({
    summary: 'Remove one piece of evidence; returns it whole.',
    params: z.object({ evidenceId: z.number().int().positive() }),
    result: z.object({ check: factCheckSchema, evidence: evidenceSchema }),
  }),
  'factCheck.history': defineMethod({
    summary: 'What changed in a claim’s check and status, when, by whom, from what to what.',
    params: z.object({ claimId: annotationIdSchema }),
    result: z.array(auditRecordSchema),
  }),
  'factCheck.scaleHistory': defineMethod({
    summary: 'Who changed the rating scale, when, from what to what.',
    params: z.object({}),
    result: z.array(auditRecordSchema),
  }),
  'factCheck.export': defineMethod({
    summary: 'The sheet (all claims, or the given ones in that order) as CSV, XLSX, DOCX, PDF, Markdown or ClaimReview JSON-LD; a task with progress that can be cancelled.',
    params: z.object({ format: factCheckExportFormatSchema, claimIds: claimIdsSchema.optional(), taskId: z.string().min(1).max(100).optional() }),
    result: exportedFileSchema,
  }),
} as const;
