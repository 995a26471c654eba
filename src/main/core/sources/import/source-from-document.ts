import type { NewSource } from '../source-repository';
import type { ResolvedItem } from './resolve-item';
import type { ParsedDocument } from './types';

const MAX_TITLE = 500;

/**
 * The row to store for a read document: its own metadata where it had some, else what the
 * file name says. The original bytes are stored exactly as they arrived.
 */
export function sourceFromDocument(document: ParsedDocument, item: ResolvedItem, importedAt = new Date()): NewSource {
  const metadata = document.metadata;
  return {
    title: titleFor(document, item),
    outlet: metadata.outlet ?? null,
    authors: metadata.authors ?? [],
    publishedDate: metadata.publishedDate ?? null,
    url: metadata.url ?? null,
    language: metadata.language ?? null,
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

function truncate(title: string): string {
  return title.length <= MAX_TITLE ? title : `${title.slice(0, MAX_TITLE - 1).trimEnd()}…`;
}
