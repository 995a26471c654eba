import type { ExtractedMetadata } from '../types';

/** What pdf.js's getMetadata() gives: the info dictionary (plus /Lang) and the XMP packet. */
export interface PdfMetadataSource {
  info: object;
  metadata: { get(name: string): unknown } | null;
}

/**
 * Titles that programs write on their own and that name nothing: "Microsoft Word - draft.docx",
 * a file name or path, "Untitled", "Slide 1". Better no title (the caller falls back to the
 * first heading or the file name) than one of these.
 */
const JUNK_TITLES = [
  /^Microsoft (?:Word|PowerPoint|Excel)\s*-/i,
  /\.(?:docx?|pdf|rtf|odt|txt|indd|pages|xlsx?|pptx?|html?|qxp|ps|eps|tiff?|jpe?g|png)$/i,
  /^(?:untitled(?:[- ]\d+)?|document\d*|title|no title|slide \d+|powerpoint presentation|print|layout \d+)$/i,
  /^[a-z]:\\|^\/|\\/i,
  /^[\d\W_]*$/u,
];

/** Author fields filled in from a computer's account name rather than by a person. */
const JUNK_AUTHORS = /^(?:administrator|admin|user|owner|unknown|author|default|windows user|microsoft office user)$/i;

const LANGUAGE_TAG = /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/;

export function pdfMetadata({ info, metadata }: PdfMetadataSource): ExtractedMetadata {
  const fields = info as Record<string, unknown>;
  const result: ExtractedMetadata = {};

  const title = [fields['Title'], metadata?.get('dc:title')].map(cleanText).find((candidate) => candidate && !isJunkTitle(candidate));
  if (title) result.title = title;

  const authors = [fields['Author'], metadata?.get('dc:creator')].map(authorNames).find((names) => names.length > 0);
  if (authors) result.authors = authors;

  const language = cleanText(fields['Language']);
  if (language && LANGUAGE_TAG.test(language)) result.language = language;
  return result;
}

/** Several authors are separated by semicolons; a comma may be inside one name ("Doe, Jane"). */
function authorNames(value: unknown): string[] {
  const names = cleanText(value)?.split(';') ?? [];
  return names.map((name) => name.trim()).filter((name) => name !== '' && !JUNK_AUTHORS.test(name));
}

export function isJunkTitle(title: string): boolean {
  return JUNK_TITLES.some((pattern) => pattern.test(title.trim()));
}

/** XMP values may be arrays (dc:creator is a sequence); info values are strings. */
function cleanText(value: unknown): string | undefined {
  const text = Array.isArray(value) ? value.filter((part) => typeof part === 'string').join('; ') : value;
  if (typeof text !== 'string') return undefined;
  // Some writers leave NULs or control characters from a bad UTF-16 conversion.
  const cleaned = text.replace(/[\u0000-\u001F\u007F]/g, ' ').replace(/\s+/g, ' ').trim();
  return cleaned === '' ? undefined : cleaned;
}
