import { z } from 'zod';
import { timestampSchema } from './dates';

export const INVESTIGATION_EXTENSION = '.sourcebook';

export const investigationNameSchema = z
  .string()
  .trim()
  .min(1, 'An investigation needs a name')
  .max(200, 'Keep the name under 200 characters');

export const investigationInfoSchema = z.object({
  name: investigationNameSchema,
  description: z.string(),
  path: z.string(),
  fileName: z.string(),
  createdAt: timestampSchema,
  schemaVersion: z.number().int().positive(),
  sourceCount: z.number().int().nonnegative(),
  isSample: z.boolean(),
  /** Set when opening upgraded the file's format; the untouched original is kept at backupPath. */
  upgrade: z.object({ fromVersion: z.number().int().positive(), backupPath: z.string() }).nullable(),
});
export type InvestigationInfo = z.infer<typeof investigationInfoSchema>;

export const recentInvestigationSchema = z.object({
  path: z.string(),
  name: z.string(),
  lastOpenedAt: timestampSchema,
  /** False when the file has been moved or deleted since; the UI offers to forget it. */
  available: z.boolean(),
});
export type RecentInvestigation = z.infer<typeof recentInvestigationSchema>;
