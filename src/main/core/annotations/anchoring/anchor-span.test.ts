import { describe, expect, it } from 'vitest';
import { anchorAll, anchorSpan } from './anchor-span';
import { indexText } from './indexed-text';
import { spanAt } from './span-at';

const MEMO = [
  'In a letter to employees dated 16 September, Dana Okafor wrote: “We will not cut the border teams.”',
  'The union said the agency had already cut 40 posts at the northern crossings.',
  'Okafor later told The Globe that the contracts, worth US$2.8-million, were signed in 2019.',
].join('\n');

/** Code-point offset of `needle` (the nth occurrence) in `text`. */
function at(text: string, needle: string, occurrence = 1): number {
  let unit = -1;
  for (let seen = 0; seen < occurrence; seen++) unit = text.indexOf(needle, unit + 1);
  if (unit === -1) throw new Error(`“${needle}” is not in the text`);
  return [...text.slice(0, unit)].length;
}

function spanOf(text: string, needle: string, occurrence = 1) {
  const start = at(text, needle, occurrence);
  return spanAt(text, start, start + [...needle].length);
}

/** The text an anchor covers. */
const covered = (text: string, anchor: { start: number; end: number }) => [...text].slice(anchor.start, anchor.end).join('');

describe('anchorSpan', () => {
  it('finds a span still at its stored position: exact', () => {
    const span = spanOf(MEMO, 'We will not cut the border teams.');
    expect(anchorSpan(MEMO, span)).toEqual({ state: 'exact', start: span.start, end: span.end });
  });

  it('follows a span whose text shifted when something was inserted before it: moved', () => {
    const span = spanOf(MEMO, 'We will not cut the border teams.');
    const edited = 'MEMO — FOR INTERNAL USE\n\n' + MEMO;
    const anchor = anchorSpan(edited, span);
    expect(anchor).toEqual({ state: 'moved', start: span.start + 25, end: span.end + 25 });
    expect(covered(edited, anchor)).toBe(span.exact);
  });

  it('tells apart two occurrences of the same words by their context, even when the other is nearer', () => {
    // The second “Okafor” (“Okafor later told”); a paragraph inserted before it pushes it
    // 300 code points on, leaving the first one nearer to the stored position.
    const span = spanOf(MEMO, 'Okafor', 2);
    const edited = MEMO.replace('Okafor later', `${'An inserted paragraph. '.repeat(13)}\nOkafor later`);
    const first = at(edited, 'Okafor');
    const second = at(edited, 'Okafor later');
    expect(Math.abs(first - span.start)).toBeLessThan(Math.abs(second - span.start));
    expect(anchorSpan(edited, span)).toEqual({ state: 'moved', start: second, end: second + 6 });
  });

  it('picks the nearest of occurrences whose contexts agree equally', () => {
    const paragraph = 'The agency declined to comment. ';
    const text = paragraph.repeat(6);
    const span = spanOf(text, 'declined', 4);
    const shifted = 'x' + text;
    expect(anchorSpan(shifted, span)).toEqual({ state: 'moved', start: span.start + 1, end: span.end + 1 });
  });

  describe('finds a passage that changed a little: fuzzy', () => {
    it('a typo fixed', () => {
      const before = MEMO.replace('the northern crossings', 'the nothern crosings');
      const span = spanOf(before, 'had already cut 40 posts at the nothern crosings');
      const anchor = anchorSpan(MEMO, span);
      expect(anchor.state).toBe('fuzzy');
      expect(covered(MEMO, anchor)).toBe('had already cut 40 posts at the northern crossings');
    });

    it('curly quotes and apostrophes made straight', () => {
      const curly = 'The minister’s aide said: “It’s not our decision.” Nothing more.';
      const straight = curly.replace(/[“”]/g, '"').replace(/’/g, "'");
      const anchor = anchorSpan(straight, spanOf(curly, '“It’s not our decision.”'));
      expect(anchor.state).toBe('fuzzy');
      expect(covered(straight, anchor)).toBe('"It\'s not our decision."');
    });

    it('a line break and doubled spaces where there were single spaces', () => {
      const span = spanOf(MEMO, 'the contracts, worth US$2.8-million, were signed in 2019');
      const reflowed = MEMO.replace('contracts, worth', 'contracts,\nworth').replace('were signed', 'were  signed');
      const anchor = anchorSpan(reflowed, span);
      expect(anchor.state).toBe('fuzzy');
      expect(covered(reflowed, anchor)).toBe('the contracts,\nworth US$2.8-million, were  signed in 2019');
    });

    it('a long passage that moved far beyond the stored position and changed a little', () => {
      // Too long a text for a whole-text search of a quote this long: found through the
      // quote's context and first words, which still occur exactly.
      const filler = 'Unrelated reporting about a different agency and its budget. '.repeat(3000);
      const quote = 'We will not cut the border teams, and we will not close a single crossing this year, whatever the auditors say.';
      const original = `${filler}Okafor wrote: ${quote} The union disagreed.`;
      const span = spanOf(original, quote);
      const changed = `${filler}${filler}Okafor wrote: ${quote.replace('whatever', 'whatever else')} The union disagreed.`;
      const anchor = anchorSpan(changed, span);
      expect(anchor.state).toBe('fuzzy');
      expect(covered(changed, anchor)).toBe(quote.replace('whatever', 'whatever else'));
    });
  });

  it('does not take a different sentence of similar words for the quote', () => {
    const span = spanOf(MEMO, 'We will not cut the border teams.');
    const rewritten = MEMO.replace('We will not cut the border teams.', 'We will cut half of all the teams.');
    expect(anchorSpan(rewritten, span).state).toBe('orphaned');
  });

  it('keeps a span whose text was removed, at its stored position clamped to the text: orphaned', () => {
    const span = spanOf(MEMO, 'Okafor later told The Globe that the contracts');
    const cut = MEMO.slice(0, MEMO.indexOf('Okafor later'));
    const anchor = anchorSpan(cut, span);
    expect(anchor.state).toBe('orphaned');
    expect(anchor.start).toBeLessThanOrEqual(anchor.end);
    expect(anchor.end).toBeLessThanOrEqual([...cut].length);
    expect(anchorSpan('', span)).toEqual({ state: 'orphaned', start: 0, end: 0 });
  });

  describe('counts code points, not UTF-16 units, with astral characters before and inside the span', () => {
    const text = 'Passport 🛂 control and the 𠀀 character. Okafor wrote: “Border 🛂 teams 𠀀 stay.” Nothing more.';
    const quote = '“Border 🛂 teams 𠀀 stay.”';

    it('exact', () => {
      const span = spanOf(text, quote);
      expect(span.start).toBe(text.indexOf(quote) - 2);
      expect(anchorSpan(text, span)).toEqual({ state: 'exact', start: span.start, end: span.end });
      expect(span.end - span.start).toBe(quote.length - 2);
    });

    it('moved past more astral characters', () => {
      const span = spanOf(text, quote);
      const edited = '🛂𠀀🛂 ' + text;
      const anchor = anchorSpan(edited, span);
      expect(anchor).toEqual({ state: 'moved', start: span.start + 4, end: span.end + 4 });
      expect(covered(edited, anchor)).toBe(quote);
    });

    it('fuzzy, with an astral character changed', () => {
      const span = spanOf(text, quote);
      const edited = '🛂 ' + text.replace('teams 𠀀', 'teams 🛂');
      const anchor = anchorSpan(edited, span);
      expect(anchor.state).toBe('fuzzy');
      expect(covered(edited, anchor)).toBe('“Border 🛂 teams 🛂 stay.”');
    });
  });

  it('places spans at the very start and end of the text, whose context is short', () => {
    const first = spanOf(MEMO, 'In a letter');
    const last = spanOf(MEMO, 'signed in 2019.');
    expect(first.prefix).toBe('');
    expect(last.suffix).toBe('');
    expect(anchorAll(MEMO, [first, last]).map((anchor) => anchor.state)).toEqual(['exact', 'exact']);
    const edited = `Preface.\n${MEMO}\nAppendix.`;
    const [movedFirst, movedLast] = anchorAll(edited, [first, last]);
    expect(covered(edited, movedFirst!)).toBe('In a letter');
    expect(covered(edited, movedLast!)).toBe('signed in 2019.');
  });

  it('anchors many spans of one text with one shared index', () => {
    const indexed = indexText(MEMO);
    const spans = ['Okafor', 'US$2.8-million', 'northern crossings'].map((needle) => spanOf(MEMO, needle));
    expect(anchorAll(indexed, spans)).toEqual(spans.map((span) => ({ state: 'exact', start: span.start, end: span.end })));
  });
});
