import { CLAIM_STATUS_LABELS, type ClaimStatus } from '../../../../shared/domain/annotation';

export { CLAIM_STATUS_LABELS };

/** The statuses in the order a check goes through them, for menus. */
export const CLAIM_STATUSES = Object.keys(CLAIM_STATUS_LABELS) as ClaimStatus[];
