import { StructuredTextBuilder } from '../structured-text';
import type { StructuredText } from '../types';
import type { PageLine } from './page-lines';

/** Lines set this much larger than the body text are headings. */
const HEADING_SCALE = 1.2;
/** A "heading" longer than this is display text (a pull quote, a cover blurb), not a heading. */
const LONGEST_HEADING = 200;
/** A gap this much wider than the usual distance between lines separates paragraphs. */
const PARAGRAPH_GAP_SCALE = 1.35;
const SIZE_TOLERANCE = 0.15;
/**
 * Line spacing taken as usual is capped at this many times the body size, for documents with
 * too few lines to show it; double spacing (court filings) is about 2.3, which the allowance for
 * a paragraph gap still covers.
 */
const MAX_LINE_GAP_SCALE = 2;
/** A first line indented this far (in body sizes) past the line before starts a paragraph… */
const MIN_FIRST_LINE_INDENT = 1.5;
/** …but not an indent so deep that the line is centred or set in a column of its own. */
const MAX_FIRST_LINE_INDENT = 8;

const BULLET = /^[•◦▪▫●○■□‣⁃]\s*/u;
const ENDS_SENTENCE = /[.!?:;"”’)\]]$/u;
const STARTS_LOWERCASE = /^\p{Ll}/u;
/** Words that are written with a hyphen, so "self-" at a line end is not a word split in two. */
const HYPHENATED_PREFIX = /(?:^|\s)(?:self|well|half|ex|non|co)-$/iu;

/** The size most of the text is set in: the median over characters, not over lines. */
export function bodyTextSize(pages: readonly PageLine[][]): number {
  const sizes: Array<{ size: number; weight: number }> = [];
  for (const line of pages.flat()) sizes.push({ size: line.size, weight: line.text.length });
  sizes.sort((a, b) => a.size - b.size);
  const total = sizes.reduce((sum, entry) => sum + entry.weight, 0);
  let seen = 0;
  for (const entry of sizes) {
    seen += entry.weight;
    if (seen >= total / 2) return entry.size;
  }
  return sizes[0]?.size ?? 0;
}

interface PendingBlock {
  kind: 'heading' | 'paragraph' | 'list-item';
  level?: number;
  text: string;
  last: PageLine;
}

/**
 * Turns printed lines into blocks. Line breaks inside a paragraph are layout, not meaning, so
 * lines are joined with spaces (and a word hyphenated across a line end is rejoined); a
 * paragraph ends at a wider vertical gap, a first-line indent, a change of type size, or a bullet. Lines set
 * noticeably larger than the body are headings, the largest size being level 1. A paragraph
 * that runs on over a page break (no closing punctuation, lowercase continuation) stays whole.
 */
export function linesToBlocks(pages: readonly PageLine[][], bodySize: number): StructuredText {
  const builder = new StructuredTextBuilder();
  const headingLevels = headingLevelsBySize(pages, bodySize);
  const lineGap = typicalLineGap(pages, bodySize);
  let pending: PendingBlock | undefined;

  const flush = () => {
    if (!pending) return;
    const kind = pending.kind === 'heading' && pending.text.length > LONGEST_HEADING ? 'paragraph' : pending.kind;
    builder.add(kind, pending.text, kind === 'heading' ? pending.level : undefined);
    pending = undefined;
  };

  for (const lines of pages) {
    lines.forEach((line, index) => {
      const level = headingLevels.get(roundSize(line.size));
      const bullet = BULLET.exec(line.text);
      const kind: PendingBlock['kind'] = level !== undefined ? 'heading' : bullet ? 'list-item' : 'paragraph';
      const text = bullet ? line.text.slice(bullet[0].length) : line.text;
      const continues =
        pending !== undefined &&
        !bullet &&
        (pending.kind === kind || (pending.kind === 'list-item' && kind === 'paragraph')) &&
        similarSize(pending.last.size, line.size) &&
        (index === 0 ? continuesOverPageBreak(pending, text) : followsClosely(pending, line, lineGap, bodySize));
      if (pending && continues) {
        pending.text = joinLines(pending.text, text);
        pending.last = line;
        return;
      }
      flush();
      pending = { kind, ...(level === undefined ? {} : { level }), text, last: line };
    });
  }
  flush();
  return builder.build();
}

function headingLevelsBySize(pages: readonly PageLine[][], bodySize: number): Map<number, number> {
  const sizes = new Set<number>();
  for (const line of pages.flat()) {
    if (line.size >= bodySize * HEADING_SCALE && /\p{L}/u.test(line.text)) sizes.add(roundSize(line.size));
  }
  const descending = [...sizes].sort((a, b) => b - a);
  return new Map(descending.map((size, i) => [size, Math.min(6, i + 1)]));
}

/** The usual baseline-to-baseline distance of body lines within a paragraph (it varies with leading). */
function typicalLineGap(pages: readonly PageLine[][], bodySize: number): number {
  const gaps: number[] = [];
  for (const lines of pages) {
    for (let i = 1; i < lines.length; i++) {
      const [previous, line] = [lines[i - 1]!, lines[i]!];
      const gap = previous.y - line.y;
      if (similarSize(line.size, bodySize) && similarSize(previous.size, bodySize) && gap > 0 && gap < bodySize * 3) {
        gaps.push(gap);
      }
    }
  }
  // The lower quartile: in a page of short paragraphs, gaps between paragraphs may outnumber
  // the gaps between lines of one paragraph. Capped, because a document of one-line paragraphs
  // has only paragraph gaps; the cap still lets double-spaced lines run on.
  gaps.sort((a, b) => a - b);
  return Math.min(gaps[Math.floor(gaps.length / 4)] ?? Infinity, bodySize * MAX_LINE_GAP_SCALE);
}

function followsClosely(pending: PendingBlock, line: PageLine, lineGap: number, bodySize: number): boolean {
  const previous = pending.last;
  const gap = previous.y - line.y;
  // Larger type has proportionally wider leading.
  const allowed = lineGap * PARAGRAPH_GAP_SCALE * Math.max(1, line.size / bodySize);
  if (gap <= 0 || gap > allowed) return false;
  // Paragraphs set without a gap between them (court filings, books) start with an indent;
  // the wrapped lines of a list item are indented too, so they do not count.
  const indent = (line.x - previous.x) / bodySize;
  return pending.kind === 'list-item' || indent < MIN_FIRST_LINE_INDENT || indent > MAX_FIRST_LINE_INDENT;
}

function continuesOverPageBreak(pending: PendingBlock, text: string): boolean {
  return pending.kind === 'paragraph' && !ENDS_SENTENCE.test(pending.text) && STARTS_LOWERCASE.test(text);
}

function similarSize(a: number, b: number): boolean {
  return Math.abs(a - b) <= SIZE_TOLERANCE * Math.max(a, b);
}

function roundSize(size: number): number {
  return Math.round(size * 2) / 2;
}

/**
 * Joins two lines of one paragraph. "inves-" + "tigation" is one word split by the typesetter,
 * but only a lowercase continuation makes that clear: "Jean-" + "Paul" and "1990-" + "2000"
 * keep their hyphen, and so do words like "self-" that are written with one.
 */
export function joinLines(before: string, after: string): string {
  if (before.endsWith('\u00AD')) return before.slice(0, -1) + after;
  if (/\p{Ll}-$/u.test(before) && STARTS_LOWERCASE.test(after) && !HYPHENATED_PREFIX.test(before)) {
    return before.slice(0, -1) + after;
  }
  // A hyphen or slash attached to a word ends the line inside a compound, a range or a URL.
  if (/\S[-/]$/u.test(before)) return before + after;
  return `${before} ${after}`;
}
