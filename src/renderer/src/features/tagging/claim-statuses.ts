import type { ClaimStatus } from '../../../../shared/domain/annotation';

/** A claim's statuses as a reporter reads them, in the order a check goes through them. */
export const CLAIM_STATUS_LABELS: Readonly<Record<ClaimStatus, string>> = {
  unchecked: 'Unchecked',
  'in-progress': 'In progress',
  verified: 'Verified',
  false: 'False',
  misleading: 'Misleading',
  unverifiable: 'Unverifiable',
};

export const CLAIM_STATUSES = Object.keys(CLAIM_STATUS_LABELS) as ClaimStatus[];
