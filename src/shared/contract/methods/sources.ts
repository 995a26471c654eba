import { z } from 'zod';
import { defineMethod } from '../define';
import { MAX_PASTE_CHARS, MAX_SOURCE_FILE_BYTES, importItemSchema, importResultSchema } from '../../domain/import';
import {
  sourceDetailSchema,
  sourceIdSchema,
  sourceMetadataChangesSchema,
  sourceSummarySchema,
} from '../../domain/source';

/** Base64 of the largest importable file, with room for padding. */
const MAX_STAGED_BASE64_CHARS = Math.ceil(MAX_SOURCE_FILE_BYTES / 3) * 4 + 4;

export const sourceMethods = {
  'sources.list': defineMethod({
    summary: 'Every source of the open investigation, newest import first.',
    params: z.object({}),
    result: z.array(sourceSummarySchema),
  }),
  'sources.get': defineMethod({
    summary: 'One source with its canonical text and structure.',
    params: z.object({ id: sourceIdSchema }),
    result: sourceDetailSchema,
  }),
  'sources.stage': defineMethod({
    summary: 'Upload one file (base64) to be imported by a following sources.import; kept a few minutes.',
    params: z.object({
      name: z.string().trim().min(1).max(255),
      data: z.string().max(MAX_STAGED_BASE64_CHARS, 'This file is larger than Sourcebook imports.'),
    }),
    result: z.object({ stagedId: z.string(), sizeBytes: z.number().int().nonnegative() }),
    maxRequestBytes: MAX_STAGED_BASE64_CHARS + 64 * 1024,
  }),
  'sources.unstage': defineMethod({
    summary: 'Drop uploads that will not be imported after all (an import cancelled while uploading).',
    params: z.object({ stagedIds: z.array(z.string().min(1).max(100)).max(1000) }),
    result: z.object({ dropped: z.number().int().nonnegative() }),
  }),
  'sources.import': defineMethod({
    summary: 'Import staged files, chosen files or a paste, one by one (progress and per-item events).',
    params: z.object({
      items: z.array(importItemSchema).min(1).max(1000),
      taskId: z.string().min(1).max(100).optional(),
    }),
    result: z.object({ results: z.array(importResultSchema) }),
    // A paste may hold up to MAX_PASTE_CHARS of HTML, each character up to 6 bytes as JSON.
    maxRequestBytes: 2 * 6 * MAX_PASTE_CHARS + 1024 * 1024,
  }),
  'sources.update': defineMethod({
    summary: 'Change a source’s descriptive metadata (never its original or its text).',
    params: z.object({ id: sourceIdSchema, changes: sourceMetadataChangesSchema }),
    result: sourceSummarySchema,
  }),
  'sources.delete': defineMethod({
    summary: 'Remove a source, its original and everything anchored to it.',
    params: z.object({ id: sourceIdSchema }),
    result: z.object({ deleted: z.boolean(), annotationsDeleted: z.number().int().nonnegative() }),
  }),
  'files.chooseSources': defineMethod({
    summary: 'Ask the system dialog for files to import; "unsupported" in server mode.',
    params: z.object({}),
    result: z.discriminatedUnion('status', [
      z.object({ status: z.literal('chosen'), paths: z.array(z.string()) }),
      z.object({ status: z.literal('cancelled') }),
      z.object({ status: z.literal('unsupported') }),
    ]),
  }),
} as const;
