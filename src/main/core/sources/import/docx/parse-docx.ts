import mammoth from 'mammoth';
import { firstHeadingText } from '../first-heading';
import { structureSanitizedHtml } from '../html/sanitize';
import { ImportRefusal, type ExtractedMetadata, type ParsedDocument } from '../types';
import { checkZipIsSafe, type ZipEntry } from '../zip/inspect-zip';
import { inflatedSizesAreHonest, readZipEntry } from '../zip/read-zip-entry';
import { parseCoreProperties } from './core-properties';
import { isEncryptedOfficePackage, isOleCompoundFile } from './ole-compound-file';

export const DOCX_MIME_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** core.xml is a few hundred bytes; anything near this is not a real properties part. */
const MAX_CORE_PROPERTIES_BYTES = 256 * 1024;

/**
 * Word's own quotation styles carry meaning a reporter relies on (who said what), so they
 * become block quotes; "Title" is the document's heading of headings. Everything else keeps
 * mammoth's defaults (Heading 1–6, lists from numbering).
 */
const STYLE_MAP = [
  "p[style-name='Title'] => h1:fresh",
  "p[style-name='Quote'] => blockquote > p:fresh",
  "p[style-name='Intense Quote'] => blockquote > p:fresh",
];

/**
 * Images are dropped without being read: the canonical text has no place for them, and
 * mammoth's default would inline each one as a data URI, copying every picture into memory.
 */
const DROP_IMAGES = mammoth.images.imgElement(() => Promise.resolve({ src: '' }));

const DAMAGED =
  'This Word file is damaged or incomplete, so Sourcebook cannot read it. ' +
  'If it was downloaded or copied, get a fresh copy; otherwise open it in Word, save it again, and import the new copy.';

/** A .docx turned into canonical text, with title, authors and language from its properties. */
export async function parseDocx(bytes: Uint8Array): Promise<ParsedDocument> {
  if (bytes.byteLength === 0) throw new ImportRefusal('empty', 'This Word file is empty (0 bytes). Check that it was saved or copied completely.');
  refuseCompoundFile(bytes);

  let entries: ZipEntry[];
  try {
    entries = checkZipIsSafe(bytes);
  } catch (error) {
    // A .docx that is not even a ZIP is damaged as far as the reporter can tell.
    if (error instanceof ImportRefusal && error.reason === 'corrupt') throw new ImportRefusal('corrupt', DAMAGED);
    throw error;
  }
  if (!entries.some((entry) => entry.name === 'word/document.xml')) {
    throw new ImportRefusal(
      'corrupt',
      'This file is not a Word document: it is a ZIP archive without the parts a .docx has. Unpack it and import the documents inside.',
    );
  }
  if (!(await inflatedSizesAreHonest(bytes, entries))) {
    throw new ImportRefusal(
      'zip-bomb',
      'This file unpacks to far more data than it declares, so Sourcebook did not open it. It may be a "zip bomb" meant to exhaust memory.',
    );
  }

  let html: string;
  try {
    const result = await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
      { styleMap: STYLE_MAP, convertImage: DROP_IMAGES, externalFileAccess: false },
    );
    html = result.value;
  } catch {
    throw new ImportRefusal('corrupt', DAMAGED);
  }

  const structured = structureSanitizedHtml(html);
  if (structured.blocks.length === 0) {
    throw new ImportRefusal('no-text', 'This Word file has no text to import (it may hold only images or be blank).');
  }
  const metadata: ExtractedMetadata = readCoreProperties(bytes, entries);
  metadata.title ??= firstHeadingText(structured);
  if (metadata.title === undefined) delete metadata.title;
  return { ...structured, mimeType: DOCX_MIME_TYPE, metadata };
}

function refuseCompoundFile(bytes: Uint8Array): void {
  if (!isOleCompoundFile(bytes)) return;
  if (isEncryptedOfficePackage(bytes)) {
    throw new ImportRefusal(
      'encrypted',
      'This Word file is protected with a password, so Sourcebook cannot read it. ' +
        'Open it in Word, remove the password (or save a copy as PDF), and import that.',
    );
  }
  throw new ImportRefusal(
    'unsupported',
    'This is an old-format Word file (.doc), which Sourcebook cannot read. ' +
      'Open it in Word or LibreOffice, save it as .docx or PDF, and import that.',
  );
}

/** Properties are a bonus: a missing or unreadable core.xml leaves the metadata empty. */
function readCoreProperties(bytes: Uint8Array, entries: readonly ZipEntry[]): ExtractedMetadata {
  const entry = entries.find((candidate) => candidate.name === 'docProps/core.xml');
  if (!entry) return {};
  const data = readZipEntry(bytes, entry, MAX_CORE_PROPERTIES_BYTES);
  if (!data) return {};
  return parseCoreProperties(new TextDecoder('utf-8').decode(data));
}
