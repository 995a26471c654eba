import type { ExtractedMetadata } from '../types';

/** An absolute http(s) URL, or undefined: metadata never keeps a script or file address. */
export function httpUrl(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  if (!/^https?:\/\//i.test(trimmed)) return undefined;
  try {
    return new URL(trimmed).href;
  } catch {
    return undefined;
  }
}

/** A BCP 47 tag from `lang`, `og:locale` ("en_US") or `inLanguage`, or undefined. */
export function languageTag(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const tag = value.trim().replace(/_/g, '-');
  return /^[a-z]{2,3}(?:-[a-z0-9]{2,8})*$/i.test(tag) ? tag : undefined;
}

/** Text as one line: what a title or a name should be. */
export function oneLine(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const line = value.replace(/\s+/g, ' ').trim();
  return line === '' ? undefined : line;
}

const FIELDS = ['title', 'outlet', 'authors', 'publishedDate', 'url', 'language'] as const;

/**
 * Metadata from several sources, most trusted first: each field comes from the first source
 * that has it (an empty author list counts as none). A title that is "Headline | Outlet" loses
 * the outlet once the outlet is known.
 */
export function mergeMetadata(...sources: ExtractedMetadata[]): ExtractedMetadata {
  const merged: ExtractedMetadata = {};
  for (const field of FIELDS) {
    for (const source of sources) {
      const value = source[field];
      if (value === undefined || (Array.isArray(value) && value.length === 0)) continue;
      (merged as Record<string, unknown>)[field] = value;
      break;
    }
  }
  if (merged.title && merged.outlet) merged.title = withoutSiteName(merged.title, merged.outlet);
  return merged;
}

/** "Port deal collapses | The Harbour Ledger" → "Port deal collapses", when that is the outlet. */
export function withoutSiteName(title: string, siteName: string): string {
  const site = comparable(siteName);
  const separator = /\s+[|\-–—·•:»]\s+/g;
  const parts = title.split(separator);
  if (parts.length < 2) return title;
  const separators = title.match(separator)!;
  if (comparable(parts[parts.length - 1]!) === site) {
    return title.slice(0, title.length - parts[parts.length - 1]!.length - separators[separators.length - 1]!.length).trim();
  }
  if (comparable(parts[0]!) === site) return title.slice(parts[0]!.length + separators[0]!.length).trim();
  return title;
}

function comparable(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/^the\s+/, '').replace(/\s+/g, ' ').trim();
}
