import { z } from 'zod';
import { defineMethod } from '../define';
import { appInfoSchema } from '../../domain/app';

export const appMethods = {
  'app.info': defineMethod({
    summary: 'Version, data folder and what the host can do (native dialogs or not).',
    params: z.object({}),
    result: appInfoSchema,
  }),
  'app.choosePath': defineMethod({
    summary: 'Ask the system file dialog for an investigation path; "unsupported" in server mode.',
    params: z.object({
      purpose: z.enum(['open', 'create', 'saveCopy']),
      suggestedName: z.string().max(200).optional(),
    }),
    result: z.discriminatedUnion('status', [
      z.object({ status: z.literal('chosen'), path: z.string() }),
      z.object({ status: z.literal('cancelled') }),
      z.object({ status: z.literal('unsupported') }),
    ]),
  }),
  'app.openExternal': defineMethod({
    summary: 'Open an http(s) or mailto link in the system browser (desktop app only).',
    params: z.object({ url: z.string().max(8192) }),
    result: z.object({ opened: z.boolean() }),
  }),
  'tasks.cancel': defineMethod({
    summary: 'Cancel a long-running task started with the given task id.',
    params: z.object({ taskId: z.string().min(1).max(100) }),
    result: z.object({ cancelled: z.boolean() }),
  }),
} as const;
