/** Private-use characters stand in for escaped punctuation while the markup is removed. */
const ESCAPE_BASE = 0xe000;
const ESCAPABLE = /\\([!-/:-@[-`{-~])/g;
const ESCAPED = /[\uE021-\uE07E]/g;

const CODE_SPAN = /(`+)([\s\S]*?[^`])\1(?!`)/g;

/**
 * Simple inline Markdown removed, so the reader shows what the writer meant to be read:
 * "**bold**", "*em*", "_em_", "~~gone~~" and "`code`" keep their text, a link or image keeps its
 * text and loses its address, "\*" is a star. Code spans are left exactly as written inside.
 * Not CommonMark: an unclosed star or underscore simply stays.
 */
export function stripInlineMarkdown(markdown: string): string {
  let result = '';
  let last = 0;
  for (const match of markdown.matchAll(CODE_SPAN)) {
    result += stripOutsideCode(markdown.slice(last, match.index));
    result += trimOneSpace(match[2]!);
    last = match.index + match[0].length;
  }
  return result + stripOutsideCode(markdown.slice(last));
}

function stripOutsideCode(text: string): string {
  return text
    .replace(ESCAPABLE, (_, char: string) => String.fromCharCode(ESCAPE_BASE + char.charCodeAt(0)))
    .replace(/!\[([^\]]*)\]\((?:[^()\s]|\([^()]*\))*(?:\s+(?:"[^"]*"|'[^']*'))?\s*\)/g, '$1')
    .replace(/\[([^\]]+)\]\((?:[^()\s]|\([^()]*\))*(?:\s+(?:"[^"]*"|'[^']*'))?\s*\)/g, '$1')
    .replace(/\[([^\]]+)\]\[[^\]]*\]/g, '$1')
    .replace(/<((?:https?|mailto):[^\s<>]+)>/gi, '$1')
    .replace(/(\*\*|__)(?=\S)([\s\S]*?\S)\1/g, (whole, marker: string, inner: string, offset: number, all: string) =>
      marker === '__' && !atWordEdges(all, offset, whole.length) ? whole : inner,
    )
    .replace(/\*(?=[^\s*])([^*]*?[^\s*])\*/g, '$1')
    .replace(/\*(?=[^\s*])([^*])\*/g, '$1')
    .replace(/_(?=[^\s_])([^_]*?[^\s_]|[^\s_])_/g, (whole, inner: string, offset: number, all: string) =>
      atWordEdges(all, offset, whole.length) ? inner : whole,
    )
    .replace(/~~(?=\S)([\s\S]*?\S)~~/g, '$1')
    .replace(ESCAPED, (char) => String.fromCharCode(char.charCodeAt(0) - ESCAPE_BASE));
}

/** Underscores inside a word (snake_case, file_name_v2) are not emphasis. */
function atWordEdges(all: string, offset: number, length: number): boolean {
  const before = all[offset - 1] ?? '';
  const after = all[offset + length] ?? '';
  return !/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after);
}

function trimOneSpace(code: string): string {
  return /^ .* $/s.test(code) && code.trim() !== '' ? code.slice(1, -1) : code;
}
