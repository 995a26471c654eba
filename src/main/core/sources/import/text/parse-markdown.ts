import { decodeReadableText } from '../encoding/readable-text';
import { ImportRefusal, type ParsedDocument, type StructuredText } from '../types';
import { readFrontMatter } from './front-matter';
import { structureMarkdown } from './markdown-structure';

/**
 * A Markdown file: decoded, refused if empty or binary, its front matter read as metadata and
 * left out of the text, its blocks found and its inline markup removed. The title is the front
 * matter's, else the first level-1 heading's.
 */
export function parseMarkdown(bytes: Uint8Array, options: { fileName?: string } = {}): ParsedDocument {
  const { text } = decodeReadableText(bytes, { fileName: options.fileName });
  const { body, metadata } = readFrontMatter(text);
  const structured = structureMarkdown(body);
  if (structured.blocks.length === 0) {
    const thisFile = options.fileName ? `This Markdown file (“${options.fileName}”)` : 'This Markdown file';
    throw new ImportRefusal(
      'no-text',
      `${thisFile} has no text to import: nothing is left once its front matter, links and images are set aside.`,
    );
  }
  const title = metadata.title ?? firstTopLevelHeading(structured);
  return { mimeType: 'text/markdown', ...structured, metadata: title ? { ...metadata, title } : metadata };
}

function firstTopLevelHeading({ text, blocks }: StructuredText): string | undefined {
  const heading = blocks.find((block) => block.kind === 'heading' && block.level === 1);
  if (!heading) return undefined;
  return [...text].slice(heading.start, heading.end).join('').replace(/\s+/g, ' ');
}
