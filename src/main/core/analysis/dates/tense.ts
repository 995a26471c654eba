/** Words that put what follows in the future: "will vote", "is scheduled for", "before the strike ends". */
const AHEAD_WORD = /^(?:will|won['’]t|shall|would|wo|['’]ll|scheduled|slated|set|due|plans?|planned|expected|expects|going|next|coming|upcoming|until|till|by|ends|begins|starts|opens|closes|expires|resumes|returns|meets|reconvenes|convenes|deadline|await|awaits|awaiting|ahead)$/i;
/** Verbs in the past: "-ed" and the irregular ones news copy uses most. */
const PAST_WORD =
  /^(?:\p{L}+ed|said|told|made|met|took|gave|went|came|held|wrote|sent|began|left|won|lost|found|paid|sold|bought|brought|thought|kept|spent|heard|saw|knew|ran|rose|fell|led|struck|spoke|broke|chose|drove|flew|grew|threw|wore|shut|quit|sat|stood|became|did|was|were|had|got|fought|taught|caught|felt|dealt|meant|built|sank|fled|hung)$/iu;
const CLAUSE_BREAK = /[,;:.!?\n“”"()]/;

/**
 * Whether a weekday at `index` lies ahead of the publication date. The nearest cue before it in
 * its clause decides ("said Wednesday" is past; "will meet Wednesday", "scheduled for
 * Wednesday", "before the strike ends on Friday" are ahead); with no cue there, the sentence's.
 */
export function looksAhead(text: string, index: number): boolean {
  let start = index;
  while (start > 0 && index - start < 120 && !CLAUSE_BREAK.test(text[start - 1]!)) start--;
  const words = text.slice(start, index).split(/\s+/).filter(Boolean).reverse();
  for (const word of words.slice(0, 8)) {
    const bare = word.replace(/[^\p{L}'’]/gu, '');
    if (AHEAD_WORD.test(bare)) return true;
    if (PAST_WORD.test(bare) && !/^(?:scheduled|planned|expected)$/i.test(bare)) return false;
  }
  return sentenceLooksAhead(text, index);
}

const AHEAD_SENTENCE = /\b(?:will|won['’]t|shall|is to|are to|is expected to|are expected to|(?:is|are|was|were) (?:scheduled|set|due|slated)|plans? to|upcoming|is going to|are going to)\b/i;

function sentenceLooksAhead(text: string, index: number): boolean {
  const before = text.lastIndexOf('.', index);
  const startAt = Math.max(before, text.lastIndexOf('\n', index)) + 1;
  const endAt = [text.indexOf('.', index), text.indexOf('\n', index)].filter((at) => at >= 0).reduce((a, b) => Math.min(a, b), text.length);
  return AHEAD_SENTENCE.test(text.slice(startAt, endAt));
}
