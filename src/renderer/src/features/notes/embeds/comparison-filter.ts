import type { ComparisonSummary } from '../../../../../shared/domain/comparison';

/** Case and accents set aside: "lindqvist" finds "Lindqvist", "memo" finds "Mémo". */
function fold(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLocaleLowerCase();
}

/**
 * The saved comparisons whose name or column headings hold every word typed. Those whose name
 * holds them all come first; otherwise the list keeps its order (most recently saved first).
 */
export function filterComparisons(comparisons: readonly ComparisonSummary[], query: string): ComparisonSummary[] {
  const words = fold(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...comparisons];
  const byName: ComparisonSummary[] = [];
  const byHeadings: ComparisonSummary[] = [];
  for (const comparison of comparisons) {
    const name = fold(comparison.name);
    const everything = `${name}\n${fold(comparison.columnLabels.join('\n'))}`;
    if (words.every((word) => name.includes(word))) byName.push(comparison);
    else if (words.every((word) => everything.includes(word))) byHeadings.push(comparison);
  }
  return [...byName, ...byHeadings];
}
