import type { ExtractedMetadata } from '../types';
import { jsonLdMetadata } from './json-ld-metadata';
import { documentMetadata, openGraphMetadata } from './meta-tag-metadata';
import { mergeMetadata } from './metadata-values';
import { pageBylineMetadata } from './page-byline-metadata';

/**
 * What a web page says about itself, read from the page as it was saved (never from a
 * cleaned-up copy, which has lost its head). Sources are trusted in the order publishers keep
 * them accurate: JSON-LD, then Open Graph and `article:` tags, then other meta tags and
 * `<title>`, then bylines in the page. Each field is taken from the first source that has it.
 */
export function extractHtmlMetadata(document: Document): ExtractedMetadata {
  return mergeMetadata(
    jsonLdMetadata(document),
    openGraphMetadata(document),
    documentMetadata(document),
    pageBylineMetadata(document),
  );
}
