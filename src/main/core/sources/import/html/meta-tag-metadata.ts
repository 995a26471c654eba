import { authorsFromByline, uniqueAuthors } from '../text/author-names';
import { partialDateFrom } from '../text/partial-date';
import type { ExtractedMetadata } from '../types';
import { httpUrl, languageTag, oneLine } from './metadata-values';

/** Every `<meta>` by lower-cased name or property, in document order. */
type MetaTags = Map<string, string[]>;

function readMetaTags(document: Document): MetaTags {
  const tags: MetaTags = new Map();
  for (const meta of document.querySelectorAll('meta[content]')) {
    const content = meta.getAttribute('content')?.trim();
    if (!content) continue;
    for (const key of [meta.getAttribute('property'), meta.getAttribute('name'), meta.getAttribute('itemprop')]) {
      if (!key) continue;
      const name = key.trim().toLowerCase();
      tags.set(name, [...(tags.get(name) ?? []), content]);
    }
  }
  return tags;
}

function first(tags: MetaTags, ...names: string[]): string | undefined {
  for (const name of names) {
    const value = tags.get(name)?.[0];
    if (value) return value;
  }
  return undefined;
}

/** Open Graph and `article:` tags, which social networks read and publishers keep accurate. */
export function openGraphMetadata(document: Document): ExtractedMetadata {
  const tags = readMetaTags(document);
  return withoutUndefined({
    title: oneLine(first(tags, 'og:title')),
    outlet: oneLine(first(tags, 'og:site_name')),
    // article:author is usually a profile URL, which names no one; names are kept.
    authors: uniqueAuthors([...(tags.get('article:author') ?? []), ...(tags.get('og:article:author') ?? [])]),
    publishedDate: partialDateFrom(first(tags, 'article:published_time', 'og:article:published_time', 'og:published_time')),
    url: httpUrl(first(tags, 'og:url')),
    language: languageTag(first(tags, 'og:locale')),
  });
}

const AUTHOR_TAGS = ['author', 'dc.creator', 'dcterms.creator', 'citation_author', 'parsely-author', 'sailthru.author', 'byl', 'byline'];
const DATE_TAGS = [
  'date', 'dc.date', 'dc.date.issued', 'dcterms.date', 'dcterms.issued', 'dcterms.created', 'parsely-pub-date',
  'sailthru.date', 'pubdate', 'publishdate', 'publish-date', 'publication_date', 'citation_publication_date',
  'citation_date', 'datepublished', 'article.published', 'date.available',
];

/**
 * The page's other self-description: `<title>`, author and date tags of Dublin Core, Parse.ly,
 * Google Scholar and plain HTML, the canonical link, `<html lang>`, and the address a browser
 * recorded when saving the page.
 */
export function documentMetadata(document: Document): ExtractedMetadata {
  const tags = readMetaTags(document);
  const authorValues = AUTHOR_TAGS.flatMap((name) => tags.get(name) ?? []);
  return withoutUndefined({
    title: oneLine(first(tags, 'citation_title', 'dc.title', 'dcterms.title')) ?? oneLine(document.querySelector('title')?.textContent) ?? oneLine(first(tags, 'twitter:title', 'parsely-title')),
    outlet: oneLine(first(tags, 'citation_journal_title', 'dc.publisher', 'dcterms.publisher', 'application-name')),
    authors: uniqueAuthors(authorValues.flatMap((value) => authorsFromByline(value))),
    publishedDate: DATE_TAGS.map((name) => partialDateFrom(first(tags, name))).find((date) => date !== undefined),
    url: httpUrl(document.querySelector('link[rel~="canonical" i]')?.getAttribute('href')) ?? savedFromUrl(document),
    language:
      languageTag(document.documentElement.getAttribute('lang')) ??
      languageTag(document.documentElement.getAttribute('xml:lang')) ??
      languageTag(first(tags, 'dc.language', 'dcterms.language', 'language', 'content-language')) ??
      languageTag(document.querySelector('meta[http-equiv="content-language" i]')?.getAttribute('content')),
  });
}

/** Browsers ("saved from url=") and SingleFile ("url:") note where a saved page came from. */
function savedFromUrl(document: Document): string | undefined {
  const COMMENT_NODE = 8;
  const nodes = [...document.childNodes, ...document.documentElement.childNodes, ...(document.head?.childNodes ?? [])];
  for (const node of nodes) {
    if (node.nodeType !== COMMENT_NODE) continue;
    const match = /saved from url=\(\d+\)(\S+)|^\s*Page saved with SingleFile\s+url:\s*(\S+)/i.exec(node.nodeValue ?? '');
    const url = httpUrl(match?.[1] ?? match?.[2]);
    if (url) return url;
  }
  return undefined;
}

export function withoutUndefined(metadata: ExtractedMetadata): ExtractedMetadata {
  const clean: ExtractedMetadata = {};
  for (const [key, value] of Object.entries(metadata)) {
    if (value === undefined || (Array.isArray(value) && value.length === 0)) continue;
    (clean as Record<string, unknown>)[key] = value;
  }
  return clean;
}
