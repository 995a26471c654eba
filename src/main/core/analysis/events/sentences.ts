// A full stop after these ends no sentence: "Ms. Okafor", "Halden Systems Inc., which", "U.S. officials".
const ABBREVIATION = /(?:\b(?:Mr|Mrs|Ms|Mx|Dr|Prof|Sen|Rep|Gov|Gen|Lt|Col|Capt|Sgt|Det|St|Jr|Sr|Rev|Fr|Inc|Corp|Co|Ltd|No|vs|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)|\b\p{Lu}|(?:\p{Lu}\.)+\p{Lu})$/u;

/** The sentences of a text as UTF-16 ranges: ends at . ! or ? before a space and a capital or quote, and at line breaks. */
export function* sentences(text: string): Generator<{ start: number; end: number }> {
  let start = 0;
  const end = (at: number) => {
    const from = start + (text.slice(start, at).length - text.slice(start, at).trimStart().length);
    start = at;
    return { start: from, end: at - (text.slice(from, at).length - text.slice(from, at).trimEnd().length) };
  };
  for (let at = 0; at < text.length; at++) {
    const char = text[at]!;
    if (char === '\n') {
      if (at > start) yield end(at);
      start = at + 1;
      continue;
    }
    if ((char === '.' || char === '!' || char === '?') && /^[”"’)]?\s+[“"‘(\p{Lu}\d]/u.test(text.slice(at + 1, at + 5)) && !(char === '.' && ABBREVIATION.test(text.slice(Math.max(start, at - 12), at)))) {
      const close = /^[”"’)]/.test(text[at + 1] ?? '') ? 2 : 1;
      yield end(at + close);
    }
  }
  if (text.slice(start).trim()) yield end(text.length);
}
