import type { ExtractedMetadata } from '../types';
import { authorsFromByline, uniqueAuthors } from './author-names';
import { partialDateFrom } from './partial-date';

export interface FrontMatter {
  /** The document after its front matter (all of it when there is none). */
  body: string;
  metadata: ExtractedMetadata;
}

const OPENING = /^---[ \t]*$/;
const CLOSING = /^(?:---|\.\.\.)[ \t]*$/;
const KEY_VALUE = /^([A-Za-z_][\w-]*)[ \t]*:[ \t]*(.*)$/;
const LIST_ENTRY = /^[ \t]+-[ \t]+(.*)$/;
const LONGEST_FRONT_MATTER_LINES = 200;

/** The keys Jekyll, Hugo, Pandoc and Obsidian use, mapped to the metadata they carry. */
const FIELD_BY_KEY: Record<string, keyof ExtractedMetadata> = {
  title: 'title',
  author: 'authors',
  authors: 'authors',
  byline: 'authors',
  date: 'publishedDate',
  published: 'publishedDate',
  published_at: 'publishedDate',
  publishdate: 'publishedDate',
  pubdate: 'publishedDate',
  url: 'url',
  link: 'url',
  source: 'url',
  canonical_url: 'url',
  canonical: 'url',
  outlet: 'outlet',
  publication: 'outlet',
  publisher: 'outlet',
  site: 'outlet',
  lang: 'language',
  language: 'language',
};

/**
 * Reads a YAML-style front matter block ("---" … "---" at the very top) for the metadata it
 * holds. Not a YAML parser: scalars, quoted scalars, `[a, b]` and indented `- a` lists only. A
 * block whose lines are not `key: value` is a horizontal rule in the text, and stays there.
 */
export function readFrontMatter(text: string): FrontMatter {
  const lines = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').split('\n');
  if (!OPENING.test(lines[0] ?? '')) return { body: text, metadata: {} };
  const end = lines.findIndex((line, index) => index > 0 && CLOSING.test(line));
  if (end < 0 || end > LONGEST_FRONT_MATTER_LINES) return { body: text, metadata: {} };

  const values = new Map<string, string[]>();
  let currentKey: string | undefined;
  for (const line of lines.slice(1, end)) {
    const keyValue = KEY_VALUE.exec(line);
    const listEntry = LIST_ENTRY.exec(line);
    if (keyValue) {
      currentKey = keyValue[1]!.toLowerCase();
      values.set(currentKey, scalarsOf(keyValue[2]!));
    } else if (listEntry && currentKey) {
      values.get(currentKey)!.push(...scalarsOf(listEntry[1]!));
    } else if (line.trim() !== '' && !/^\s*#/.test(line) && !/^[ \t]/.test(line)) {
      return { body: text, metadata: {} };
    }
  }
  if (values.size === 0) return { body: text, metadata: {} };
  return { body: lines.slice(end + 1).join('\n'), metadata: metadataFrom(values) };
}

function scalarsOf(raw: string): string[] {
  const value = raw.trim();
  if (value.startsWith('[') && value.endsWith(']')) {
    return value.slice(1, -1).split(',').map(unquote).filter((v) => v !== '');
  }
  const scalar = unquote(value);
  return scalar === '' ? [] : [scalar];
}

function unquote(raw: string): string {
  const value = raw.trim();
  const quoted = /^"((?:[^"\\]|\\.)*)"$|^'((?:[^']|'')*)'$/.exec(value);
  if (quoted) return quoted[1] !== undefined ? quoted[1].replace(/\\(.)/g, '$1') : quoted[2]!.replace(/''/g, "'");
  // An unquoted "# …" after a space is a YAML comment.
  return value.replace(/\s+#.*$/, '').trim();
}

function metadataFrom(values: Map<string, string[]>): ExtractedMetadata {
  const metadata: ExtractedMetadata = {};
  for (const [key, entries] of values) {
    const field = FIELD_BY_KEY[key];
    const first = entries[0];
    if (!field || first === undefined) continue;
    switch (field) {
      case 'authors': {
        const authors = uniqueAuthors(entries.length === 1 ? authorsFromByline(first) : entries);
        if (authors.length > 0 && !metadata.authors) metadata.authors = authors;
        break;
      }
      case 'publishedDate':
        metadata.publishedDate ??= partialDateFrom(first);
        break;
      case 'url':
        if (/^https?:\/\/\S+$/i.test(first)) metadata.url ??= first;
        break;
      case 'language':
        if (/^[a-z]{2,3}(?:[-_][a-z0-9]{2,8})*$/i.test(first)) metadata.language ??= first.replace(/_/g, '-');
        break;
      default:
        metadata[field] ??= first;
    }
  }
  return metadata;
}
