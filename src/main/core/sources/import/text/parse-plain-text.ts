import { decodeReadableText } from '../encoding/readable-text';
import { ImportRefusal, type ParsedDocument } from '../types';
import { standaloneFirstLine, structurePlainText } from './plain-text-structure';

/**
 * A .txt file: decoded whatever its encoding, refused if empty or binary, a paragraph per
 * blank-line-separated run. Its only metadata is a title, when the first line reads as one.
 */
export function parsePlainText(bytes: Uint8Array, options: { fileName?: string } = {}): ParsedDocument {
  const { text } = decodeReadableText(bytes, { fileName: options.fileName });
  const structured = structurePlainText(text);
  if (structured.blocks.length === 0) {
    // Only invisible characters (zero-width spaces, soft hyphens) were left.
    const thisFile = options.fileName ? `This file (“${options.fileName}”)` : 'This file';
    throw new ImportRefusal('no-text', `${thisFile} has no visible text to import.`);
  }
  const title = standaloneFirstLine(text);
  return { mimeType: 'text/plain', ...structured, metadata: title ? { title } : {} };
}
