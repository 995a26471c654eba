import type { MenuTextMatch } from '@lexical/react/LexicalTypeaheadMenuPlugin';

/**
 * `@` at the start of a word, then up to four words of a name ("@José Mü"). Names have spaces,
 * so the query runs past them; the menu hides itself when nothing in the registry matches.
 */
const MENTION_QUERY = /(^|[\s([{"“‘'])@((?:[^\s@]+ ?){0,4})$/u;

/** The typed text before the caret as a mention query, or null when it is not one. */
export function mentionQuery(textBeforeCaret: string): MenuTextMatch | null {
  const match = MENTION_QUERY.exec(textBeforeCaret);
  if (!match) return null;
  const query = match[2]!;
  return { leadOffset: match.index + match[1]!.length, matchingString: query, replaceableString: `@${query}` };
}
