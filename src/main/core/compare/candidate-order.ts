import { SIMILARITY_STEPS } from './candidate-pairs';
import type { Candidates, Placed } from './candidates';

// More shared tags than this rank as this many: past a thousand tags in common, more says nothing.
const MAX_TAG_TIER = 1000;
const POSITION_BITS = 2 ** 22;

/**
 * The order pairs are taken in: more shared tags first (a pair sharing no tag comes after every
 * pair sharing one), then higher similarity, then the earlier statements (date, then id).
 *
 * Sorting a few hundred thousand pairs with a comparator costs more than finding them, so: the
 * pairs are first put in tie-break order by two counting sorts on their ranks (no comparisons),
 * then each pair's score and its place in that order are packed into one float and sorted
 * natively. The place is unique, so the packed value decodes back to the pair. Past `packLimit`
 * pairs the place no longer fits beside the score, and a comparator does the same work slower.
 */
export function orderCandidates(candidates: Candidates, placed: readonly Placed[], packLimit = POSITION_BITS): Uint32Array {
  const count = candidates.length;
  const earlier = new Int32Array(count);
  const later = new Int32Array(count);
  const scores = new Float64Array(count);
  const rank = Int32Array.from(placed, (statement) => statement.rank);
  for (let index = 0; index < count; index++) {
    const a = rank[candidates.a[index]!]!;
    const b = rank[candidates.b[index]!]!;
    earlier[index] = Math.min(a, b);
    later[index] = Math.max(a, b);
    scores[index] = Math.min(candidates.sharedTags[index]!, MAX_TAG_TIER) * (SIMILARITY_STEPS + 2) + Math.round(candidates.similarity[index]! * SIMILARITY_STEPS);
  }
  const all = new Uint32Array(count);
  for (let index = 0; index < count; index++) all[index] = index;
  const tieOrder = countingSort(countingSort(all, later, placed.length), earlier, placed.length);
  if (count >= Math.min(packLimit, POSITION_BITS)) {
    const place = new Uint32Array(count);
    tieOrder.forEach((index, position) => (place[index] = position));
    return all.sort((x, y) => scores[y]! - scores[x]! || place[x]! - place[y]!);
  }
  const top = (MAX_TAG_TIER + 1) * (SIMILARITY_STEPS + 2);
  const packed = new Float64Array(count);
  for (let position = 0; position < count; position++) packed[position] = (top - scores[tieOrder[position]!]!) * POSITION_BITS + position;
  packed.sort();
  const order = new Uint32Array(count);
  for (let position = 0; position < count; position++) order[position] = tieOrder[packed[position]! % POSITION_BITS]!;
  return order;
}

/** `order` stably sorted by `key` (0 ≤ key < size), in linear time. */
function countingSort(order: Uint32Array, key: Int32Array, size: number): Uint32Array {
  const starts = new Int32Array(size + 1);
  for (let position = 0; position < order.length; position++) starts[key[order[position]!]! + 1]!++;
  for (let value = 0; value < size; value++) starts[value + 1]! += starts[value]!;
  const sorted = new Uint32Array(order.length);
  for (let position = 0; position < order.length; position++) {
    const index = order[position]!;
    sorted[starts[key[index]!]!++] = index;
  }
  return sorted;
}
