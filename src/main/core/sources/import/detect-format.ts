import { IMPORTABLE_DESCRIPTION } from '../../../../shared/domain/import';
import { ImportRefusal } from './types';

export type DocumentFormat = 'html' | 'docx' | 'pdf' | 'text' | 'markdown';

const BY_EXTENSION: Record<string, DocumentFormat> = {
  '.html': 'html',
  '.htm': 'html',
  '.xhtml': 'html',
  '.docx': 'docx',
  // Old Word files share the OLE container with encrypted .docx; the DOCX reader tells them apart.
  '.doc': 'docx',
  '.pdf': 'pdf',
  '.txt': 'text',
  '.text': 'text',
  '.md': 'markdown',
  '.markdown': 'markdown',
};

/** Formats recognised by their first bytes, whatever the file is called. */
const SIGNATURES: Array<{ bytes: number[]; describe: string | DocumentFormat }> = [
  { bytes: [0x25, 0x50, 0x44, 0x46, 0x2d], describe: 'pdf' }, // %PDF-
  { bytes: [0x89, 0x50, 0x4e, 0x47], describe: 'a PNG image' },
  { bytes: [0xff, 0xd8, 0xff], describe: 'a JPEG image' },
  { bytes: [0x47, 0x49, 0x46, 0x38], describe: 'a GIF image' },
  { bytes: [0x49, 0x49, 0x2a, 0x00], describe: 'a TIFF image' },
  { bytes: [0x4d, 0x4d, 0x00, 0x2a], describe: 'a TIFF image' },
  { bytes: [0x7b, 0x5c, 0x72, 0x74, 0x66], describe: 'an RTF document' }, // {\rtf
  { bytes: [0x1f, 0x8b], describe: 'a gzip archive' },
  { bytes: [0x52, 0x61, 0x72, 0x21], describe: 'a RAR archive' },
  { bytes: [0x37, 0x7a, 0xbc, 0xaf], describe: 'a 7-Zip archive' },
  // Programs are not listed: "MZ" also starts ordinary text, and a program named .txt is
  // refused as binary data by the text reader anyway.
];
const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0];

function startsWith(bytes: Uint8Array, signature: number[]): boolean {
  return signature.every((byte, index) => bytes[index] === byte);
}

export function extensionOf(fileName: string): string {
  const match = /\.[^./\\]+$/.exec(fileName);
  return match ? match[0].toLowerCase() : '';
}

/**
 * What a file is, from its first bytes before its name: a PDF called "notes.txt" is read as a
 * PDF, and a photo called "letter.pdf" is refused as a photo. Text formats have no signature,
 * so for them the extension decides, and a page without one is recognised by its markup.
 */
export function detectFormat(bytes: Uint8Array, fileName: string): DocumentFormat {
  const extension = extensionOf(fileName);
  for (const signature of SIGNATURES) {
    if (!startsWith(bytes, signature.bytes)) continue;
    if (signature.describe === 'pdf') return 'pdf';
    throw new ImportRefusal('unsupported', `“${fileName}” is ${signature.describe}, which Sourcebook cannot import. ${supportedSentence()}${signature.describe.includes('image') ? ' A scanned page needs OCR (text recognition), which is not supported yet.' : ''}`);
  }
  if (startsWith(bytes, ZIP) || startsWith(bytes, OLE)) {
    if (extension === '.docx' || extension === '.doc') return 'docx';
    const kind = extension ? `a ${extension} file` : 'an archive';
    throw new ImportRefusal('unsupported', `“${fileName}” is ${kind}, which Sourcebook cannot import. ${supportedSentence()}`);
  }
  const byExtension = BY_EXTENSION[extension];
  if (byExtension === 'docx') {
    throw new ImportRefusal('corrupt', `“${fileName}” is not a valid Word document: it does not start like one. It may be damaged or renamed.`);
  }
  if (byExtension === 'pdf') {
    throw new ImportRefusal('corrupt', `“${fileName}” is not a valid PDF: it does not start with a PDF header. It may be damaged or renamed.`);
  }
  if (byExtension) return byExtension;
  if (extension === '' && looksLikeHtml(bytes)) return 'html';
  if (extension === '') return 'text';
  throw new ImportRefusal('unsupported', `Sourcebook cannot import ${extension} files such as “${fileName}”. ${supportedSentence()}`);
}

function supportedSentence(): string {
  return `It imports ${IMPORTABLE_DESCRIPTION}.`;
}

function looksLikeHtml(bytes: Uint8Array): boolean {
  // The UTF-8 decoder drops a byte-order mark; markup is ASCII in any ASCII-compatible charset.
  const head = new TextDecoder('utf-8').decode(bytes.subarray(0, 512)).trimStart().toLowerCase();
  return head.startsWith('<!doctype html') || head.startsWith('<html');
}
