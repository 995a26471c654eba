import type { NewSource } from '../source-repository';
import type { ResolvedItem } from './resolve-item';
import type { ParsedDocument } from './types';

/** The limits metadata edits are held to (sourceMetadataChangesSchema), applied on import too,
 * so whatever a document claims can later be edited and saved back. */
const MAX_TITLE = 500;
const MAX_OUTLET = 300;
const MAX_AUTHORS = 50;
const MAX_AUTHOR = 200;
const MAX_URL = 4096;
const LANGUAGE_TAG = /^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/;

/**
 * The row to store for a read document: its own metadata where it had some, else what the
 * file name says. The original bytes are stored exactly as they arrived.
 */
export function sourceFromDocument(document: ParsedDocument, item: ResolvedItem, importedAt = new Date()): NewSource {
  const metadata = document.metadata;
  return {
    title: titleFor(document, item),
    outlet: metadata.outlet ? truncate(metadata.outlet, MAX_OUTLET) : null,
    authors: (metadata.authors ?? []).slice(0, MAX_AUTHORS).map((author) => truncate(author, MAX_AUTHOR)),
    publishedDate: metadata.publishedDate ?? null,
    url: metadata.url && metadata.url.length <= MAX_URL && /^https?:\/\/\S+$/i.test(metadata.url) ? metadata.url : null,
    language: metadata.language && LANGUAGE_TAG.test(metadata.language) ? metadata.language : null,
    fileName: item.fileName,
    mimeType: document.mimeType,
    original: item.bytes,
    canonicalText: document.text,
    structure: document.blocks,
    importedAt: importedAt.toISOString(),
  };
}

function titleFor(document: ParsedDocument, item: ResolvedItem): string {
  const fromDocument = document.metadata.title?.replace(/\s+/g, ' ').trim();
  if (fromDocument) return truncate(fromDocument);
  if (item.fileName) {
    const withoutExtension = item.fileName.replace(/\.[^.]+$/, '').replace(/[_]+/g, ' ').trim();
    if (withoutExtension) return truncate(withoutExtension);
  }
  return `${item.name} (${new Date().toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric' })})`;
}

function truncate(text: string, max = MAX_TITLE): string {
  const trimmed = text.trim();
  return trimmed.length <= max ? trimmed : `${trimmed.slice(0, max - 1).trimEnd()}…`;
}
