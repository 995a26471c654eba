import { z } from 'zod';
import { defineMethod } from '../define';
import {
  investigationInfoSchema,
  investigationNameSchema,
  recentInvestigationSchema,
} from '../../domain/investigation';

const filePathSchema = z.string().trim().min(1, 'Choose a file').max(4096);
const taskIdSchema = z.string().min(1).max(100);

export const investigationMethods = {
  'investigation.current': defineMethod({
    summary: 'The open investigation, or null when none is open.',
    params: z.object({}),
    result: investigationInfoSchema.nullable(),
  }),
  'investigation.create': defineMethod({
    summary: 'Create a new investigation file and open it.',
    params: z.object({ path: filePathSchema, name: investigationNameSchema }),
    result: investigationInfoSchema,
  }),
  'investigation.open': defineMethod({
    summary: 'Open an existing investigation file (migrating it, after a backup, if it is older).',
    params: z.object({ path: filePathSchema }),
    result: investigationInfoSchema,
  }),
  'investigation.openSample': defineMethod({
    summary: 'Open the bundled sample investigation (created in the data folder on first use).',
    params: z.object({}),
    result: investigationInfoSchema,
  }),
  'investigation.update': defineMethod({
    summary: "Rename the investigation or change its description.",
    params: z.object({
      name: investigationNameSchema.optional(),
      description: z.string().max(20000).optional(),
    }),
    result: investigationInfoSchema,
  }),
  'investigation.recent': defineMethod({
    summary: 'Recently opened investigations, newest first.',
    params: z.object({}),
    result: z.array(recentInvestigationSchema),
  }),
  'investigation.forgetRecent': defineMethod({
    summary: 'Remove a file from the recent list (the file itself is untouched).',
    params: z.object({ path: filePathSchema }),
    result: z.array(recentInvestigationSchema),
  }),
  'investigation.suggestPath': defineMethod({
    summary: 'A free file path in the data folder for a new investigation of this name.',
    params: z.object({ name: z.string().max(200) }),
    result: z.object({ path: z.string() }),
  }),
  'investigation.saveCopy': defineMethod({
    summary: 'Write a consistent copy of the open investigation to a new file (progress events).',
    params: z.object({ path: filePathSchema, taskId: taskIdSchema.optional() }),
    result: z.object({ path: z.string(), bytes: z.number().int().nonnegative() }),
  }),
} as const;
