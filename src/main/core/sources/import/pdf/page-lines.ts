/** The part of a pdf.js text item this module reads (pdf.js's own type allows marked content). */
export interface PositionedText {
  str: string;
  /** [a, b, c, d, x, y]: scale/rotation, then the baseline origin in page space (y grows upwards). */
  transform: number[];
  width: number;
  hasEOL: boolean;
}

/** A line of text as printed on the page, with where it sits and how big it is set. */
export interface PageLine {
  text: string;
  /** Left edge and baseline, in points from the page's bottom-left corner. */
  x: number;
  y: number;
  /** Font size in points (the text's vertical scale). */
  size: number;
}

/**
 * Rebuilds printed lines from pdf.js's text items, which come in content-stream order and may
 * be single words, fragments of words or whole lines. A new line starts where pdf.js saw an
 * end of line, where the baseline moves by more than half the font size, or where the text jumps
 * back to the left (a new column). Within a line, a space is inserted where the gap between two
 * items is wider than a narrow space, because many PDFs position words instead of writing spaces.
 */
export function groupIntoLines(items: readonly PositionedText[]): PageLine[] {
  const lines: PageLine[] = [];
  let current: (PageLine & { right: number }) | undefined;
  let endOfLine = false;

  for (const item of items) {
    const [a = 0, b = 0, c = 0, d = 0, x = 0, y = 0] = item.transform;
    const size = Math.hypot(c, d) || Math.hypot(a, b);
    if (item.str !== '') {
      const startsNewLine =
        !current ||
        endOfLine ||
        Math.abs(y - current.y) > Math.max(size, current.size) * 0.5 ||
        x < current.right - Math.max(size, current.size);
      if (startsNewLine) {
        if (current) lines.push(finish(current));
        current = { text: item.str, x, y, size, right: x + item.width };
      } else if (current) {
        const gap = x - current.right;
        const needsSpace = gap > size * 0.15 && !/\s$/.test(current.text) && !/^\s/.test(item.str);
        current.text += (needsSpace ? ' ' : '') + item.str;
        current.right = Math.max(current.right, x + item.width);
        // A line's size is its largest text: a drop cap or a bold lead-in should not shrink it.
        current.size = Math.max(current.size, size);
      }
      endOfLine = false;
    }
    if (item.hasEOL) endOfLine = true;
  }
  if (current) lines.push(finish(current));
  return lines.filter((line) => line.text !== '');
}

function finish({ text, x, y, size }: PageLine): PageLine {
  return { text: text.replace(/\s+/g, ' ').trim(), x, y, size };
}
