import { foldCodePoint, foldQuery, isWhitespace } from './fold';

/** A match, in code points of the canonical text (the offsets annotations use). */
export interface TextMatch {
  start: number;
  end: number;
}

/**
 * The whole canonical text folded for searching, with the code-point offset each folded UTF-16
 * unit came from. Built once per source when find is first used.
 */
export interface SearchableText {
  folded: string;
  origin: Uint32Array;
  /** Length of the canonical text in code points. */
  length: number;
}

/** Stands for a blank line between blocks: a query never contains it, so no match spans two. */
const BLOCK_BREAK = '\n';

export function makeSearchable(text: string): SearchableText {
  // Typed arrays and one decode at the end: a 1 MB report folds in tens of milliseconds, where
  // building a string per character took ten times as long.
  let units = new Uint16Array(text.length + 16);
  let origin = new Uint32Array(text.length + 16);
  let size = 0;
  let codePoint = 0;
  let runStart = -1; // code point where the current run of white space began, or -1
  let runNewlines = 0;

  const push = (unit: number, from: number) => {
    if (size === units.length) {
      units = grow(units, new Uint16Array(units.length * 2));
      origin = grow(origin, new Uint32Array(origin.length * 2));
    }
    units[size] = unit;
    origin[size++] = from;
  };
  // A run of white space is one space, or a block break when it holds a blank line; the code
  // points after its first fold to nothing, like combining marks.
  const endSpaceRun = () => {
    if (runStart < 0) return;
    push(runNewlines >= 2 ? BLOCK_BREAK_UNIT : SPACE_UNIT, runStart);
    runStart = -1;
    runNewlines = 0;
  };

  for (let index = 0; index < text.length; index++, codePoint++) {
    const unit = text.charCodeAt(index);
    if (unit < 0x80) {
      if (unit === 0x20 || (unit >= 0x09 && unit <= 0x0d)) {
        if (runStart < 0) runStart = codePoint;
        if (unit === 0x0a) runNewlines++;
        continue;
      }
      endSpaceRun();
      push(unit >= 0x41 && unit <= 0x5a ? unit + 0x20 : unit, codePoint);
      continue;
    }
    const pair = unit >= 0xd800 && unit <= 0xdbff && isLowSurrogate(text.charCodeAt(index + 1));
    const character = pair ? text.slice(index, index + 2) : text[index]!;
    if (pair) index++;
    if (isWhitespace(character)) {
      if (runStart < 0) runStart = codePoint;
      continue;
    }
    endSpaceRun();
    const folded = foldCodePoint(character);
    for (let part = 0; part < folded.length; part++) push(folded.charCodeAt(part), codePoint);
  }
  endSpaceRun();
  return { folded: new TextDecoder('utf-16le').decode(units.subarray(0, size)), origin: origin.subarray(0, size), length: codePoint };
}

const SPACE_UNIT = 0x20;
const BLOCK_BREAK_UNIT = BLOCK_BREAK.charCodeAt(0);

function isLowSurrogate(unit: number): boolean {
  return unit >= 0xdc00 && unit <= 0xdfff;
}

function grow<T extends Uint16Array | Uint32Array>(from: T, to: T): T {
  to.set(from);
  return to;
}

export interface SearchResult {
  matches: TextMatch[];
  /** True when there were more than `limit`; the count then reads "10,000+". */
  truncated: boolean;
}

export const MATCH_LIMIT = 10_000;

/**
 * Every occurrence of `query`, ignoring case and diacritics, in text order. Matches do not
 * overlap (after "aa" in "aaaa" the search resumes after the match, as browsers' find does), so
 * each highlighted stretch is one match. A match's end takes in any marks that follow its last
 * letter, so "cafe" highlights the whole of a decomposed "café".
 */
export function findMatches(text: SearchableText, query: string, limit = MATCH_LIMIT): SearchResult {
  const needle = foldQuery(query);
  const matches: TextMatch[] = [];
  if (needle.trim() === '') return { matches, truncated: false };
  const { folded, origin } = text;
  let from = 0;
  while (true) {
    const found = folded.indexOf(needle, from);
    if (found < 0) return { matches, truncated: false };
    if (matches.length === limit) return { matches, truncated: true };
    const last = found + needle.length - 1;
    let end = origin[last]! + 1;
    const next = last + 1 < folded.length ? origin[last + 1]! : text.length;
    if (next > end) end = next;
    matches.push({ start: origin[found]!, end });
    from = found + needle.length;
  }
}

/** The first match at or after `offset` (wrapping to the first), for "start from where I am". */
export function firstMatchFrom(matches: readonly TextMatch[], offset: number): number {
  let low = 0;
  let high = matches.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (matches[middle]!.start < offset) low = middle + 1;
    else high = middle;
  }
  return low < matches.length ? low : 0;
}
