import { CLAIM_STATUS_LABELS, type ClaimStatus } from '../../../../shared/domain/annotation';
import { CLAIM_STATUS_ORDER } from './sheet-model';

export { CLAIM_STATUS_LABELS };

/** Each status has a digit in the sheet (1 unchecked … 6 unverifiable), in the order a check goes. */
export const STATUS_KEYS: ReadonlyArray<{ status: ClaimStatus; key: string; label: string }> = CLAIM_STATUS_ORDER.map((status, index) => ({
  status,
  key: String(index + 1),
  label: CLAIM_STATUS_LABELS[status],
}));

export function statusForKey(key: string): ClaimStatus | null {
  return STATUS_KEYS.find((entry) => entry.key === key)?.status ?? null;
}

/** The sheet's own keys, listed in tooltips and in the shortcuts sheet. */
export const FACT_CHECK_KEYS: ReadonlyArray<readonly [string, string]> = [
  ['Previous or next claim', '↑ ↓'],
  ['First or last claim', 'Home End'],
  ['Extend the selection', 'Shift+↑ Shift+↓'],
  ['Select or unselect the claim', 'Space'],
  ['Select every claim shown', 'Mod+A'],
  ['Open the check in the inspector', 'Enter'],
  ['Set the status: 1 unchecked, 2 in progress, 3 verified, 4 false, 5 misleading, 6 unverifiable', '1 – 6'],
  ['Edit the status or the rating in the row', 'S R'],
  ['Search the claims', '/'],
  ['Clear the selection, close the check', 'Esc'],
];
