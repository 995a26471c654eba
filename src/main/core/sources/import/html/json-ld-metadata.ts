import { authorsFromByline, uniqueAuthors } from '../text/author-names';
import { partialDateFrom } from '../text/partial-date';
import type { ExtractedMetadata } from '../types';
import { httpUrl, languageTag, oneLine } from './metadata-values';

type JsonObject = Record<string, unknown>;

/** schema.org types whose node describes the article itself. */
const ARTICLE_TYPES = new Set(
  [
    'Article', 'NewsArticle', 'ReportageNewsArticle', 'AnalysisNewsArticle', 'OpinionNewsArticle',
    'BackgroundNewsArticle', 'ReviewNewsArticle', 'AskPublicNewsArticle', 'SatiricalArticle',
    'BlogPosting', 'LiveBlogPosting', 'SocialMediaPosting', 'DiscussionForumPosting', 'Report',
    'ScholarlyArticle', 'TechArticle', 'AdvertiserContentArticle',
  ].map((type) => type.toLowerCase()),
);
const MOST_NODES = 500;

/**
 * What the page's JSON-LD (schema.org) says about its article: headline, authors, publisher,
 * date and address. Publishers write it for search engines, so it is the most careful metadata
 * a page has. Arrays, `@graph`, `mainEntity` and `@id` references are followed; a script that
 * is not valid JSON is skipped, never fatal.
 */
export function jsonLdMetadata(document: Document): ExtractedMetadata {
  const nodes: JsonObject[] = [];
  for (const script of document.querySelectorAll('script')) {
    const type = script.getAttribute('type')?.split(';')[0]?.trim().toLowerCase();
    if (type !== 'application/ld+json') continue;
    const data = parseLenient(script.textContent ?? '');
    if (data !== undefined) collectNodes(data, nodes);
  }
  const byId = new Map<string, JsonObject>();
  for (const node of nodes) if (typeof node['@id'] === 'string') byId.set(node['@id'], node);
  const resolve = (value: unknown): unknown =>
    isObject(value) && typeof value['@id'] === 'string' && Object.keys(value).length === 1 ? (byId.get(value['@id']) ?? value) : value;

  const article = nodes.find((node) => typesOf(node).some((type) => ARTICLE_TYPES.has(type))) ?? nodes.find((node) => typeof node.headline === 'string');
  if (!article) return {};

  const metadata: ExtractedMetadata = {};
  const title = oneLine(article.headline) ?? oneLine(article.name);
  if (title) metadata.title = title;
  const authors = uniqueAuthors(listOf(article.author).flatMap((author) => authorNames(resolve(author))));
  if (authors.length > 0) metadata.authors = authors;
  const publisher = listOf(article.publisher).map(resolve)[0];
  const outlet = typeof publisher === 'string' ? oneLine(publisher) : isObject(publisher) ? oneLine(publisher.name) : undefined;
  if (outlet) metadata.outlet = outlet;
  const date = partialDateFrom(stringOf(article.datePublished)) ?? partialDateFrom(stringOf(article.dateCreated));
  if (date) metadata.publishedDate = date;
  const url = httpUrl(article.url) ?? pageAddress(resolve(article.mainEntityOfPage));
  if (url) metadata.url = url;
  const language = languageTag(article.inLanguage);
  if (language) metadata.language = language;
  return metadata;
}

/** JSON as pages really ship it: inside HTML comments or CDATA, with raw line breaks in strings. */
function parseLenient(source: string): unknown {
  const trimmed = source.trim().replace(/^(?:<!--|<!\[CDATA\[)/, '').replace(/(?:-->|\]\]>)$/, '').trim();
  for (const candidate of [trimmed, trimmed.replace(/[\u0000-\u001F]+/g, ' ')]) {
    try {
      return JSON.parse(candidate);
    } catch {
      // Try the next, more forgiving reading; a script nothing can read is skipped.
    }
  }
  return undefined;
}

function collectNodes(value: unknown, into: JsonObject[], depth = 0): void {
  if (depth > 4 || into.length >= MOST_NODES) return;
  if (Array.isArray(value)) {
    for (const item of value) collectNodes(item, into, depth + 1);
  } else if (isObject(value)) {
    into.push(value);
    collectNodes(value['@graph'], into, depth + 1);
    collectNodes(value.mainEntity, into, depth + 1);
  }
}

function authorNames(author: unknown): string[] {
  if (typeof author === 'string') return authorsFromByline(author);
  if (isObject(author)) return typeof author.name === 'string' ? [author.name] : listOf(author.name).filter((n) => typeof n === 'string');
  return [];
}

function pageAddress(value: unknown): string | undefined {
  if (typeof value === 'string') return httpUrl(value);
  if (isObject(value)) return httpUrl(value['@id']) ?? httpUrl(value.url);
  return undefined;
}

function typesOf(node: JsonObject): string[] {
  return listOf(node['@type'])
    .filter((type): type is string => typeof type === 'string')
    .map((type) => type.replace(/^(?:https?:\/\/schema\.org\/|schema:)/i, '').toLowerCase());
}

function listOf(value: unknown): unknown[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

function stringOf(value: unknown): string | undefined {
  const first = listOf(value)[0];
  return typeof first === 'string' ? first : undefined;
}

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
