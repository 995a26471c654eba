import { claimStatusSchema, type ClaimStatus } from '../../../shared/domain/annotation';
import { CHECKED_STATUSES, type FactCheck, type FactCheckProgress } from '../../../shared/domain/fact-check';

/** The counts at the top of the sheet: claims in all, those with a verdict, and each status. */
export function factCheckProgress(checks: readonly Pick<FactCheck, 'status'>[]): FactCheckProgress {
  const byStatus = Object.fromEntries(claimStatusSchema.options.map((status) => [status, 0])) as Record<ClaimStatus, number>;
  for (const check of checks) byStatus[check.status]++;
  const checked = CHECKED_STATUSES.reduce((sum, status) => sum + byStatus[status], 0);
  return { total: checks.length, checked, byStatus };
}
