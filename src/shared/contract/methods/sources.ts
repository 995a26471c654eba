import { z } from 'zod';
import { defineMethod } from '../define';
import { sourceDetailSchema, sourceIdSchema, sourceSummarySchema } from '../../domain/source';

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
} as const;
