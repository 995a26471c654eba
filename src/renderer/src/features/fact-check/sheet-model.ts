import { CLAIM_STATUS_LABELS, type ClaimStatus } from '../../../../shared/domain/annotation';
import { CHECK_METHOD_LABELS, type FactCheck } from '../../../../shared/domain/fact-check';

/** The sheet's sortable columns, in the order they are shown. */
export type SortKey = 'claim' | 'assertedBy' | 'source' | 'status' | 'rating' | 'evidence' | 'method' | 'checker' | 'checkedOn' | 'notes';
export type SortDirection = 'ascending' | 'descending';
export type GroupKey = 'none' | 'status' | 'source' | 'speaker' | 'rating';

export const CLAIM_STATUS_ORDER = Object.keys(CLAIM_STATUS_LABELS) as ClaimStatus[];

/** Rating filter: any, none given, or one rating by id. */
export type RatingFilter = 'any' | 'none' | number;

export interface SheetFilters {
  statuses: readonly ClaimStatus[];
  query: string;
  rating: RatingFilter;
}

export interface SheetOrder {
  key: SortKey;
  direction: SortDirection;
}

export interface SheetGroup {
  key: string;
  label: string;
  claims: FactCheck[];
}

const collator = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

function fold(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLocaleLowerCase();
}

/** Whether a check passes the filters: its status among the chosen (none chosen = all), every word of the search in its claim, speaker, source or notes. */
export function matchesFilters(check: FactCheck, filters: SheetFilters): boolean {
  if (filters.statuses.length > 0 && !filters.statuses.includes(check.status)) return false;
  if (filters.rating === 'none' && check.rating !== null) return false;
  if (typeof filters.rating === 'number' && check.rating?.id !== filters.rating) return false;
  const words = fold(filters.query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const haystack = fold([check.span.exact, check.assertedBy, check.speaker?.name ?? '', check.source.title, check.source.outlet ?? '', check.notes].join('\n'));
  return words.every((word) => haystack.includes(word));
}

/** A value to compare by; null sorts last whatever the direction (an empty cell is not "smallest"). */
function sortValue(check: FactCheck, key: SortKey): string | number | null {
  switch (key) {
    case 'claim':
      return check.span.exact;
    case 'assertedBy':
      return check.assertedBy || null;
    case 'source':
      return check.source.title;
    case 'status':
      return CLAIM_STATUS_ORDER.indexOf(check.status);
    case 'rating':
      return check.rating ? check.rating.position : null;
    case 'evidence':
      return check.evidence.length;
    case 'method':
      return check.method ? CHECK_METHOD_LABELS[check.method] : null;
    case 'checker':
      return check.checker || null;
    case 'checkedOn':
      return check.checkedOn;
    case 'notes':
      return check.notes || null;
  }
}

/** Where the claim sits in its source: the tie-breaker, so equal rows read in text order. */
function textOrder(a: FactCheck, b: FactCheck): number {
  return collator.compare(a.source.title, b.source.title) || a.source.id - b.source.id || a.anchor.start - b.anchor.start || a.claimId - b.claimId;
}

export function sortChecks(checks: readonly FactCheck[], order: SheetOrder): FactCheck[] {
  const sign = order.direction === 'ascending' ? 1 : -1;
  return [...checks].sort((a, b) => {
    const x = sortValue(a, order.key);
    const y = sortValue(b, order.key);
    if (x === null || y === null) {
      if (x !== y) return x === null ? 1 : -1;
      return textOrder(a, b);
    }
    const compared = typeof x === 'number' && typeof y === 'number' ? x - y : collator.compare(String(x), String(y));
    return compared * sign || textOrder(a, b);
  });
}

function groupOf(check: FactCheck, key: Exclude<GroupKey, 'none'>): { key: string; label: string; rank: number | string } {
  switch (key) {
    case 'status':
      return { key: check.status, label: CLAIM_STATUS_LABELS[check.status], rank: CLAIM_STATUS_ORDER.indexOf(check.status) };
    case 'source':
      return { key: `s${check.source.id}`, label: check.source.title, rank: check.source.title };
    case 'speaker':
      return check.assertedBy ? { key: `a${fold(check.assertedBy)}`, label: check.assertedBy, rank: check.assertedBy } : { key: 'none', label: 'No speaker', rank: '\uffff' };
    case 'rating':
      return check.rating ? { key: `r${check.rating.id}`, label: check.rating.label, rank: check.rating.position } : { key: 'none', label: 'Not rated', rank: Number.MAX_SAFE_INTEGER };
  }
}

/**
 * The sheet's rows in groups, each group in the given order; one unnamed group when not
 * grouped. Groups read in their natural order (statuses as a check goes, ratings best first).
 */
export function groupChecks(sorted: readonly FactCheck[], key: GroupKey): SheetGroup[] {
  if (key === 'none') return [{ key: 'all', label: '', claims: [...sorted] }];
  const groups = new Map<string, SheetGroup & { rank: number | string }>();
  for (const check of sorted) {
    const info = groupOf(check, key);
    const group = groups.get(info.key);
    if (group) group.claims.push(check);
    else groups.set(info.key, { key: info.key, label: info.label, rank: info.rank, claims: [check] });
  }
  return [...groups.values()]
    .sort((a, b) => (typeof a.rank === 'number' && typeof b.rank === 'number' ? a.rank - b.rank : collator.compare(String(a.rank), String(b.rank))))
    .map(({ key: groupKey, label, claims }) => ({ key: groupKey, label, claims }));
}

/** Filters, sorts and groups: the rows as shown, and the claims in the order they read. */
export function arrangeSheet(checks: readonly FactCheck[], filters: SheetFilters, order: SheetOrder, group: GroupKey): { groups: SheetGroup[]; rows: FactCheck[] } {
  const groups = groupChecks(sortChecks(checks.filter((check) => matchesFilters(check, filters)), order), group);
  return { groups, rows: groups.flatMap((g) => g.claims) };
}
