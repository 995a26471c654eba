import JSZip from 'jszip';
import { makeZip, type HandZipEntry } from './make-zip';

export type DocxStyle = 'Title' | 'Heading1' | 'Heading2' | 'Normal' | 'Quote' | 'ListParagraph';

export interface DocxSpec {
  /** dc:title in docProps/core.xml. */
  title?: string;
  /** dc:creator in docProps/core.xml. */
  creator?: string;
  /** dc:language in docProps/core.xml. */
  language?: string;
  blocks: Array<{ style: DocxStyle; text: string }>;
}

const WORD_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

/** Style ids as Word writes them, with the names mammoth's style map matches on. */
const STYLE_NAMES: Record<Exclude<DocxStyle, 'Normal'>, string> = {
  Title: 'Title',
  Heading1: 'heading 1',
  Heading2: 'heading 2',
  Quote: 'Quote',
  ListParagraph: 'List Paragraph',
};

/**
 * A small but proper .docx, as Word lays one out: content types, package and document
 * relationships, styles (so style names resolve), a bullet numbering (so "ListParagraph"
 * blocks are real list items, not merely styled paragraphs) and core properties.
 */
export async function makeDocx(spec: DocxSpec): Promise<Uint8Array> {
  const zip = new JSZip();
  for (const [name, content] of Object.entries(docxParts(spec))) zip.file(name, content);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

function docxParts(spec: DocxSpec): Record<string, string> {
  return {
    '[Content_Types].xml': CONTENT_TYPES,
    '_rels/.rels': PACKAGE_RELS,
    'word/_rels/document.xml.rels': DOCUMENT_RELS,
    'word/document.xml': documentXml(spec.blocks),
    'word/styles.xml': STYLES,
    'word/numbering.xml': NUMBERING,
    'docProps/core.xml': corePropertiesXml(spec),
  };
}

/** Roughly `wordCount` words of varied prose under headings, for timing the importer. */
export function longDocxSpec(wordCount: number): DocxSpec {
  const blocks: DocxSpec['blocks'] = [{ style: 'Title', text: 'A long report' }];
  let words = 0;
  for (let section = 1; words < wordCount; section++) {
    blocks.push({ style: 'Heading1', text: `Section ${section}` });
    for (let p = 0; p < 5 && words < wordCount; p++) {
      const text = sentence(section * 7 + p).repeat(6).trim();
      blocks.push({ style: p === 3 ? 'Quote' : 'Normal', text });
      words += text.split(' ').length;
    }
  }
  return { title: 'A long report', creator: 'Test', blocks };
}

function sentence(seed: number): string {
  const pool = ['council', 'contract', 'invoice', 'minister', 'budget', 'harbour', 'tender', 'witness', 'ledger', 'quarry'];
  const pick = (i: number) => pool[(seed * 31 + i * 17) % pool.length]!;
  return `The ${pick(1)} and the ${pick(2)} were discussed before the ${pick(3)} of ${2000 + (seed % 24)}. `;
}

export type ZipBombKind = 'high-ratio' | 'many-entries' | 'lying-size';

/**
 * Archives that must be refused before anything unpacks them:
 * - high-ratio: a Word file carrying 60 MB of zeros that deflate to ~60 KB;
 * - many-entries: a Word file with 6,000 tiny extra parts;
 * - lying-size: document.xml holds 60 MB of zeros but declares twice its compressed size,
 *   which passes every declared-size check and is only caught by bounded inflating.
 */
export async function makeZipBomb(kind: ZipBombKind): Promise<Uint8Array> {
  const parts = docxParts({ blocks: [{ style: 'Normal', text: 'Nothing to see here.' }] });
  const entries: HandZipEntry[] = Object.entries(parts).map(([name, data]) => ({ name, data }));
  // Written with node's zlib rather than jszip: deflating 60 MB in JavaScript takes seconds.
  const zeros = new Uint8Array(60 * 1024 * 1024);
  if (kind === 'high-ratio') entries.push({ name: 'word/media/padding.bin', data: zeros });
  if (kind === 'many-entries') for (let i = 0; i < 6_000; i++) entries.push({ name: `word/custom/part${i}.xml`, data: '<x/>' });
  if (kind === 'lying-size') {
    const document = entries.find((entry) => entry.name === 'word/document.xml')!;
    document.data = zeros;
    document.declaredSize = (compressedSize) => compressedSize * 2;
  }
  return makeZip(entries);
}

/** A Word file cut off part-way, as an interrupted download leaves it. */
export async function makeTruncatedDocx(keepFraction = 0.6): Promise<Uint8Array> {
  const whole = await makeDocx({ blocks: [{ style: 'Normal', text: 'This file will be cut short.' }] });
  return whole.slice(0, Math.floor(whole.byteLength * keepFraction));
}

/** A valid ZIP that is not a Word document (no word/document.xml). */
export async function makeNonWordZip(): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file('notes.txt', 'Just a text file in a zip.');
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

/**
 * Just enough of an OLE compound file (the container of old .doc files and of password-
 * protected .docx files) for format sniffing: the magic number and directory entry names
 * in UTF-16LE. Pass `['EncryptionInfo', 'EncryptedPackage']` for an encrypted .docx,
 * `['WordDocument']` for an old .doc.
 */
export function makeOleCompoundFile(streamNames: readonly string[]): Uint8Array {
  const bytes = Buffer.alloc(512 + 128 * Math.max(1, streamNames.length));
  Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]).copy(bytes, 0);
  streamNames.forEach((name, i) => {
    const entry = 512 + 128 * i;
    const encoded = Buffer.from(`${name}\0`, 'utf16le');
    encoded.copy(bytes, entry);
    bytes.writeUInt16LE(encoded.byteLength, entry + 64);
  });
  return new Uint8Array(bytes);
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function documentXml(blocks: DocxSpec['blocks']): string {
  const paragraphs = blocks.map(({ style, text }) => {
    const styleXml = style === 'Normal' ? '' : `<w:pStyle w:val="${style}"/>`;
    const numbering = style === 'ListParagraph' ? '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>' : '';
    const properties = styleXml || numbering ? `<w:pPr>${styleXml}${numbering}</w:pPr>` : '';
    return `<w:p>${properties}<w:r><w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r></w:p>`;
  });
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` +
    `<w:document xmlns:w="${WORD_NS}"><w:body>${paragraphs.join('')}<w:sectPr/></w:body></w:document>`
  );
}

function corePropertiesXml(spec: DocxSpec): string {
  const field = (tag: string, value: string | undefined) => (value === undefined ? '' : `<${tag}>${escapeXml(value)}</${tag}>`);
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` +
    `<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ` +
    `xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" ` +
    `xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">` +
    field('dc:title', spec.title) +
    field('dc:creator', spec.creator) +
    field('dc:language', spec.language) +
    `<dcterms:created xsi:type="dcterms:W3CDTF">2024-03-01T09:00:00Z</dcterms:created>` +
    `</cp:coreProperties>`
  );
}

const CONTENT_TYPES =
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` +
  `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
  `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
  `<Default Extension="xml" ContentType="application/xml"/>` +
  `<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>` +
  `<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>` +
  `<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>` +
  `<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>` +
  `</Types>`;

const PACKAGE_RELS =
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` +
  `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
  `<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>` +
  `<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>` +
  `</Relationships>`;

const DOCUMENT_RELS =
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` +
  `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
  `<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>` +
  `<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>` +
  `</Relationships>`;

const STYLES =
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` +
  `<w:styles xmlns:w="${WORD_NS}">` +
  `<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>` +
  Object.entries(STYLE_NAMES)
    .map(([id, name]) => `<w:style w:type="paragraph" w:styleId="${id}"><w:name w:val="${name}"/><w:basedOn w:val="Normal"/></w:style>`)
    .join('') +
  `</w:styles>`;

const NUMBERING =
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` +
  `<w:numbering xmlns:w="${WORD_NS}">` +
  `<w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:lvlText w:val="•"/></w:lvl></w:abstractNum>` +
  `<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>` +
  `</w:numbering>`;
