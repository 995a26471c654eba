import type { Candidates, Placed } from './candidates';
import type { AlignedRow, PairingReason, Statement, StatementId } from './statement';

/**
 * Takes the candidate pairs in `order` and makes rows of them. A pair of two free statements
 * starts a row; a pair of a free statement and one in a row (not pinned) brings the free one
 * into that row if the row has nothing in its column yet; anything else is skipped. Rows never
 * merge, so one weak link cannot chain two topics together. `used` holds the pinned statements
 * on the way in and every statement in a row on the way out.
 */
export function growRows(order: Uint32Array, candidates: Candidates, placed: readonly Placed[], statements: readonly Statement[], used: Set<StatementId>, columnCount: number): AlignedRow[] {
  // The hot loop asks "is it used?" hundreds of thousands of times: by position, not by id.
  // A statement listed in two columns has two positions and one slot.
  const slotOf = new Map<StatementId, number>();
  const slots = Int32Array.from(statements, (statement) => {
    if (!slotOf.has(statement.id)) slotOf.set(statement.id, slotOf.size);
    return slotOf.get(statement.id)!;
  });
  const taken = new Uint8Array(slotOf.size);
  for (const [id, slot] of slotOf) if (used.has(id)) taken[slot] = 1;
  const rowOf: (AlignedRow | undefined)[] = [];

  const rows: AlignedRow[] = [];
  for (const candidate of order) {
    const indexA = candidates.a[candidate]!;
    const indexB = candidates.b[candidate]!;
    const slotA = slots[indexA]!;
    const slotB = slots[indexB]!;
    if (slotA === slotB || (taken[slotA] && taken[slotB])) continue;
    if (!taken[slotA] && !taken[slotB]) {
      const row: AlignedRow = { cells: Array<StatementId | null>(columnCount).fill(null), pinned: false, reason: reasonFor(candidates, candidate, statements[indexA]!, statements[indexB]!), links: [] };
      row.cells[placed[indexA]!.column] = statements[indexA]!.id;
      row.cells[placed[indexB]!.column] = statements[indexB]!.id;
      rows.push(row);
      rowOf[slotA] = rowOf[slotB] = row;
      taken[slotA] = taken[slotB] = 1;
      continue;
    }
    // One is in a row already (a pinned one has none here): the other joins if the row has room in its column.
    const [inRow, joining] = taken[slotA] ? [indexA, indexB] : [indexB, indexA];
    const row = rowOf[slots[inRow]!];
    const column = placed[joining]!.column;
    if (!row || row.cells[column] !== null) continue;
    row.cells[column] = statements[joining]!.id;
    row.links.push({ column, pairedWith: placed[inRow]!.column, reason: reasonFor(candidates, candidate, statements[indexA]!, statements[indexB]!) });
    rowOf[slots[joining]!] = row;
    taken[slots[joining]!] = 1;
  }
  for (const [id, slot] of slotOf) if (taken[slot]) used.add(id);
  return rows;
}

function reasonFor(candidates: Candidates, candidate: number, a: Statement, b: Statement): PairingReason {
  const similarity = candidates.similarity[candidate]!;
  if (candidates.sharedTags[candidate] === 0) return { kind: 'similarity', similarity };
  const tagsOfB = new Set(b.tags);
  return { kind: 'tags', tags: [...new Set(a.tags)].filter((tag) => tagsOfB.has(tag)).sort(), similarity };
}
