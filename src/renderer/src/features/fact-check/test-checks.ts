import type { FactCheck } from '../../../../shared/domain/fact-check';

/** A check for tests: a claim in source 1 with nothing checked, changed by `fields`. */
export function aCheck(claimId: number, fields: Partial<FactCheck> & { exact?: string; sourceTitle?: string; sourceId?: number } = {}): FactCheck {
  const { exact = `Claim ${claimId}`, sourceTitle = 'The Ledger story', sourceId = 1, ...rest } = fields;
  return {
    claimId,
    span: { start: claimId * 10, end: claimId * 10 + exact.length, exact, prefix: '', suffix: '' },
    anchor: { state: 'exact', start: claimId * 10, end: claimId * 10 + exact.length },
    source: { id: sourceId, title: sourceTitle, outlet: null, authors: [], publishedDate: null, url: null, fileName: null, sha256: 'a'.repeat(64) },
    speaker: null,
    assertedBy: '',
    claimedOn: null,
    status: 'unchecked',
    rating: null,
    evidence: [],
    method: null,
    checker: '',
    checkedOn: null,
    notes: '',
    checkUpdatedAt: null,
    ...rest,
  };
}
