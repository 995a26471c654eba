/**
 * Where ArrowDown and ArrowUp move the active option of a list of `count`, wrapping at the
 * ends; null for any other key. One rule for every combobox's list.
 */
export function steppedIndex(key: string, index: number, count: number): number | null {
  if (key !== 'ArrowDown' && key !== 'ArrowUp') return null;
  if (count === 0) return 0;
  return (index + (key === 'ArrowDown' ? 1 : -1) + count) % count;
}
