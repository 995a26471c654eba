import { StructuredTextBuilder } from '../structured-text';
import type { StructuredText } from '../types';

const LONGEST_TITLE_LINE = 120;

/**
 * Plain text as blocks: a paragraph per run of lines between blank lines (or page breaks);
 * the line breaks inside a paragraph are kept, since in a text file they may be an address, a
 * list or a poem as easily as a soft wrap.
 */
export function structurePlainText(text: string): StructuredText {
  const builder = new StructuredTextBuilder();
  for (const paragraph of paragraphsOf(text)) builder.add('paragraph', paragraph);
  return builder.build();
}

function paragraphsOf(text: string): string[] {
  return text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .split(/\f|\n[ \t\u00A0]*(?:\n[ \t\u00A0]*)+/);
}

/**
 * The first line as a title, if it looks like one: short, alone in its paragraph, followed by
 * more text, and not ending like a sentence or a salutation ("Dear Ms Lee,").
 */
export function standaloneFirstLine(text: string): string | undefined {
  const paragraphs = paragraphsOf(text).filter((p) => p.trim() !== '');
  const first = paragraphs[0]?.trim();
  if (!first || paragraphs.length < 2 || first.includes('\n')) return undefined;
  const line = first.replace(/\s+/g, ' ');
  if ([...line].length > LONGEST_TITLE_LINE || !/\p{L}/u.test(line) || /[.,;:]$/.test(line)) return undefined;
  return line;
}
