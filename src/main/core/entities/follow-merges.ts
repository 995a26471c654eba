/**
 * An entity id as it stands now, given the registry's rows by id: an entity merged into
 * another gives that one, and a chain of merges gives the entity still in the registry. The
 * bound stops a cycle, which the merge code never makes but a hand-edited file could.
 */
export function followMerges(byId: ReadonlyMap<number, { merged_into: number | null }>): (entityId: number) => number {
  return (entityId) => {
    let id = entityId;
    for (let hops = 0; hops < 100; hops++) {
      const next = byId.get(id)?.merged_into;
      if (next == null) return id;
      id = next;
    }
    return id;
  };
}
