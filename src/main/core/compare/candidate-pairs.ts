import type { Candidates, Placed } from './candidates';

/** One column's postings, for each term id: which of its statements hold it (positions in `members`) and with what weight. */
export interface ColumnIndex {
  members: readonly number[];
  offsets: Int32Array;
  at: Int32Array;
  weight: Float64Array;
  tags: Map<string, number[]>;
}

export function indexColumn(members: readonly number[], placed: readonly Placed[], vocabularySize: number): ColumnIndex {
  const offsets = new Int32Array(vocabularySize + 1);
  for (const member of members) for (const id of placed[member]!.vector.ids) offsets[id + 1]!++;
  for (let id = 0; id < vocabularySize; id++) offsets[id + 1]! += offsets[id]!;
  const fill = offsets.slice(0, vocabularySize);
  const at = new Int32Array(offsets[vocabularySize]!);
  const weight = new Float64Array(offsets[vocabularySize]!);
  const tags = new Map<string, number[]>();
  members.forEach((member, position) => {
    const { vector, tags: memberTags } = placed[member]!;
    for (let k = 0; k < vector.ids.length; k++) {
      const slot = fill[vector.ids[k]!]!++;
      at[slot] = position;
      weight[slot] = vector.weights[k]!;
    }
    for (const tag of new Set(memberTags)) {
      const holders = tags.get(tag);
      if (holders) holders.push(position);
      else tags.set(tag, [position]);
    }
  });
  return { members, offsets, at, weight, tags };
}

// Cosines summed in different orders differ in the last bits; rounded, equal texts tie exactly
// and the tie-break (date, then id) decides, not floating-point noise.
export const SIMILARITY_STEPS = 1e6;
const roundSimilarity = (value: number) => Math.round(value * SIMILARITY_STEPS) / SIMILARITY_STEPS;

/**
 * Every pair across two columns that shares a tag or reaches the threshold. Scores come from the
 * right column's inverted index (one pass over the postings of each left statement's terms), so
 * 500 × 500 statements cost what their shared words cost, not 250,000 cosines.
 */
export function collectCandidates(left: readonly number[], right: ColumnIndex, placed: readonly Placed[], threshold: number, into: Candidates): void {
  const similarity = new Float64Array(right.members.length);
  const shared = new Int32Array(right.members.length);
  const seen = new Uint8Array(right.members.length);
  const touched: number[] = [];
  for (const a of left) {
    const { vector, tags } = placed[a]!;
    for (let k = 0; k < vector.ids.length; k++) {
      const id = vector.ids[k]!;
      const weight = vector.weights[k]!;
      for (let slot = right.offsets[id]!; slot < right.offsets[id + 1]!; slot++) {
        const at = right.at[slot]!;
        if (!seen[at]) {
          seen[at] = 1;
          touched.push(at);
        }
        similarity[at]! += weight * right.weight[slot]!;
      }
    }
    for (const tag of new Set(tags)) {
      for (const at of right.tags.get(tag) ?? []) {
        if (!seen[at]) {
          seen[at] = 1;
          touched.push(at);
        }
        shared[at]!++;
      }
    }
    for (const at of touched) {
      const score = roundSimilarity(similarity[at]!);
      if (shared[at]! > 0 || score >= threshold) into.push(a, right.members[at]!, shared[at]!, score);
      similarity[at] = 0;
      shared[at] = 0;
      seen[at] = 0;
    }
    touched.length = 0;
  }
}
