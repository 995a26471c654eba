const LONGEST_NAME = 80;
const MOST_WORDS = 6;

/** A byline's lead-in: "By", "Written by", "Words:"… in the languages reporters meet most. */
const LEAD_IN = /^(?:(?:written|reported|reporting|words|text|story)\s+by|by|von|par|por|door|av|di|da)\s*:?\s+/i;
/**
 * What follows the names in a byline: a separator, an "Updated…", or a date ("16 Sept",
 * "September 16, 2020", "3 hours ago").
 */
const TAIL =
  /\s+(?:[|•·—–]|-\s|(?:updated|published|posted|last modified)\b|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d|\d).*$/is;
const SEPARATORS = /\s*(?:,|;|&|\band\b|\bwith\b|\bund\b|\bet\b)\s*/i;
/** Parts of a byline that are not a person: roles, times, bureaus. */
const NOT_A_NAME =
  /\b(?:staff|writer|reporter|correspondent|editor|contributor|columnist|updated|published|posted|photograph(?:s|y|er)?|ago|min(?:ute)?s?|read|follow)\b/i;

/**
 * The people a byline names: "By Jane Doe and John Roe | 16 September 2020" gives Jane Doe and
 * John Roe. Roles, dates and handles around the names are dropped.
 */
export function authorsFromByline(byline: string | null | undefined): string[] {
  const text = byline?.replace(/\s+/g, ' ').trim().replace(TAIL, '').replace(LEAD_IN, '');
  if (!text) return [];
  return uniqueAuthors(text.split(SEPARATORS).filter((part) => !NOT_A_NAME.test(part)));
}

/** A name as given, tidied, or undefined when it cannot be a name (a URL, an address, a date). */
export function cleanAuthorName(name: unknown): string | undefined {
  if (typeof name !== 'string') return undefined;
  const clean = name.replace(/\s+/g, ' ').trim().replace(/^@/, '').replace(/[,;:]+$/, '').trim();
  if (clean.length < 2 || clean.length > LONGEST_NAME) return undefined;
  if (clean.split(' ').length > MOST_WORDS) return undefined;
  if (/^[a-z][a-z0-9+.-]*:|^www\.|[/@]|\d/i.test(clean)) return undefined;
  if (!/\p{L}/u.test(clean)) return undefined;
  return clean;
}

/** Names cleaned, the unusable dropped, each once (first spelling kept). */
export function uniqueAuthors(names: Iterable<unknown>): string[] {
  const seen = new Set<string>();
  const authors: string[] = [];
  for (const name of names) {
    const clean = cleanAuthorName(name);
    if (!clean || seen.has(clean.toLowerCase())) continue;
    seen.add(clean.toLowerCase());
    authors.push(clean);
  }
  return authors;
}
