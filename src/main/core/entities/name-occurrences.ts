/**
 * A text folded for matching (lower case, accents removed), with, for each UTF-16 unit of the
 * folded text, the code point of the original it came from: folding changes lengths ("É" is
 * one code point, "é" decomposed is two), so matches are mapped back through this table.
 */
export function foldForMatching(text: string): { folded: string; origin: number[] } {
  let folded = '';
  const origin: number[] = [];
  let offset = 0;
  for (const character of text) {
    const plain = character.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
    for (let i = 0; i < plain.length; i++) origin.push(offset);
    folded += plain;
    offset++;
  }
  origin.push(offset);
  return { folded, origin };
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Every place `text` names one of `names` as whole words, case and accents ignored, with a
 * possessive allowed after ("Okafor’s" is "Okafor"); where names overlap the longer wins
 * ("Dana Okafor" over "Okafor"). Offsets are code points. Each name carries a value (an
 * entity's id, say) that comes back with its matches.
 */
export function findNameOccurrences<T>(text: string, names: ReadonlyMap<string, T>): Array<{ start: number; end: number; value: T }> {
  const byFolded = new Map<string, T>();
  for (const [name, value] of names) {
    const folded = foldForMatching(name.trim()).folded;
    if (folded.length >= 2 && !byFolded.has(folded)) byFolded.set(folded, value);
  }
  if (byFolded.size === 0) return [];
  const alternatives = [...byFolded.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp);
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?=(?:['’]s)?(?![\\p{L}\\p{N}]))`, 'gu');
  const { folded, origin } = foldForMatching(text);
  return [...folded.matchAll(pattern)].map((match) => ({
    start: origin[match.index]!,
    end: origin[match.index + match[0].length]!,
    value: byFolded.get(match[0])!,
  }));
}
