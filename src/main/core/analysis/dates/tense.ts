/** Words that put a sentence in the future: "will vote Thursday", "is scheduled for Monday". */
const AHEAD = /\b(?:will|won['’]t|shall|is to|are to|is expected to|are expected to|(?:is|are|was|were) (?:scheduled|set|due|slated)|plans? to|upcoming|is going to|are going to)\b/i;

/**
 * Whether the sentence around `index` speaks of what is to come. A weekday in news copy is the
 * last such day on or before the publication date unless the sentence looks ahead.
 */
export function looksAhead(text: string, index: number): boolean {
  const before = text.lastIndexOf('.', index);
  const startAt = Math.max(before, text.lastIndexOf('\n', index)) + 1;
  const endAt = [text.indexOf('.', index), text.indexOf('\n', index)].filter((at) => at >= 0).reduce((a, b) => Math.min(a, b), text.length);
  return AHEAD.test(text.slice(startAt, endAt));
}
