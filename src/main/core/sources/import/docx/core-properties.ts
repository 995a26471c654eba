import type { ExtractedMetadata } from '../types';

/**
 * Title, authors and language from docProps/core.xml. The part is tiny and its shape fixed
 * (Dublin Core elements under one root), so a few patterns read it; a full XML parser would add
 * nothing but surface. Namespace prefixes are matched loosely because writers other than Word
 * choose their own.
 */
export function parseCoreProperties(xml: string): Pick<ExtractedMetadata, 'title' | 'authors' | 'language'> {
  const metadata: Pick<ExtractedMetadata, 'title' | 'authors' | 'language'> = {};
  const title = element(xml, 'title');
  if (title) metadata.title = title;
  const creator = element(xml, 'creator');
  // Word joins several authors with semicolons.
  const authors = creator?.split(';').map((name) => name.trim()).filter((name) => name !== '') ?? [];
  if (authors.length > 0) metadata.authors = authors;
  const language = element(xml, 'language');
  if (language && /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/.test(language)) metadata.language = language;
  return metadata;
}

function element(xml: string, localName: string): string | undefined {
  const match = new RegExp(`<(?:[\\w.-]+:)?${localName}\\b[^>]*>([\\s\\S]*?)</(?:[\\w.-]+:)?${localName}>`).exec(xml);
  if (!match) return undefined;
  const text = decodeXmlText(match[1]!).replace(/\s+/g, ' ').trim();
  return text === '' ? undefined : text;
}

const NAMED_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeXmlText(raw: string): string {
  return raw
    .replace(/<!\[CDATA\[([\s\S]*?)\]\]>/g, '$1')
    .replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-z]+);/g, (whole, entity: string) => {
      if (entity.startsWith('#')) {
        const codePoint = entity[1] === 'x' ? parseInt(entity.slice(2), 16) : parseInt(entity.slice(1), 10);
        return codePoint > 0 && codePoint <= 0x10ffff ? String.fromCodePoint(codePoint) : '';
      }
      return NAMED_ENTITIES[entity] ?? whole;
    });
}
