/** A tag on more than this share of the investigation's statements says little about topic: most pairs would tie on it. */
export const COMMON_TAG_SHARE = 0.5;
/** Below this many statements, no tag is too common: two quotes sharing a tag is the point. */
const FEWEST_STATEMENTS = 4;

export interface CommonTag {
  key: string;
  statements: number;
  of: number;
}

/**
 * Tags too common to pair by: in a story about one company, the company is linked to nearly
 * every quote, and were it a tag every quote would tie with every other, drowning the tags
 * that do say what a quote is about. Counted over all statements of the investigation, not the
 * columns, so a comparison of two quotes does not call their one shared tag common.
 */
export function findCommonTags(tagsOf: ReadonlyMap<number, readonly string[]>, share = COMMON_TAG_SHARE): CommonTag[] {
  const of = tagsOf.size;
  if (of < FEWEST_STATEMENTS) return [];
  const counts = new Map<string, number>();
  for (const tags of tagsOf.values()) for (const tag of tags) counts.set(tag, (counts.get(tag) ?? 0) + 1);
  return [...counts]
    .filter(([, statements]) => statements > share * of)
    .map(([key, statements]) => ({ key, statements, of }))
    .sort((a, b) => b.statements - a.statements || (a.key < b.key ? -1 : 1));
}
