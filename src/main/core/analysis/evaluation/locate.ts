/** Where each labelled text lies in the analyzed text: the nth label of a text at its nth occurrence. */
export function locateAll(text: string, labels: readonly string[]): Array<{ start: number; end: number } | null> {
  const seen = new Map<string, number>();
  const haystack = normalize(text);
  return labels.map((label) => {
    const wanted = normalize(label);
    let from = seen.get(wanted) ?? 0;
    const at = haystack.indexOf(wanted, from);
    if (at < 0) return null;
    from = at + wanted.length;
    seen.set(wanted, from);
    return { start: at, end: at + wanted.length };
  });
}

/** Straight and curly apostrophes are the same letter to a reader; so are runs of white space. */
function normalize(text: string): string {
  return text.replace(/['‘]/g, '’').replace(/\s/g, ' ');
}

export function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}
