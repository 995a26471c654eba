import { ImportRefusal } from '../types';
import { decodeText, type DecodeOptions, type DecodedText } from './decode-text';

/** How many decoded characters the binary check looks at: enough to be sure, bounded in time. */
const SAMPLE_CHARS = 64 * 1024;
/** Share of unreadable characters above which a file is data, not text. */
const UNREADABLE_SHARE = 0.05;

/**
 * Decodes a text-family file and refuses what is not text a reporter could read: nothing at
 * all, or binary data that a file name dressed up as text (a renamed PDF, a database dump).
 */
export function decodeReadableText(bytes: Uint8Array, options: ReadableTextOptions = {}): DecodedText {
  const thisFile = options.fileName ? `This file (“${options.fileName}”)` : 'This file';
  const empty = () =>
    new ImportRefusal('empty', `${thisFile} is empty: it has no text to import. Check that it was saved completely.`);
  if (bytes.length === 0) throw empty();
  const decoded = decodeText(bytes, options);
  if (looksBinary(decoded.text)) {
    throw new ImportRefusal(
      'binary',
      `${thisFile} contains binary data, not text, so it cannot be imported as a text source. It may be another kind of document (a PDF, a Word file, an image) with the wrong file extension, or it may be damaged; open it in the program that made it to check.`,
    );
  }
  if (decoded.text.trim() === '') throw empty();
  return decoded;
}

export interface ReadableTextOptions extends DecodeOptions {
  /** Named in refusals, so a reporter importing a folder knows which file it was. */
  fileName?: string;
}

/**
 * Binary data decoded as text is full of characters no text file holds: NULs (text in UTF-16
 * decodes without them), other C0 and C1 controls, and U+FFFD where bytes made no character.
 * Trailing NULs are forgiven: some tools pad text files with them.
 */
export function looksBinary(text: string): boolean {
  const sample = text.slice(0, SAMPLE_CHARS).replace(/\u0000+$/, '');
  if (sample.includes('\u0000')) return true;
  let unreadable = 0;
  let total = 0;
  for (const char of sample) {
    total++;
    if (UNREADABLE.test(char)) unreadable++;
  }
  return unreadable > Math.max(1, total * UNREADABLE_SHARE);
}

/** Controls other than tab, line feed, vertical tab, form feed, carriage return and escape; U+FFFD. */
const UNREADABLE = /[\u0001-\u0008\u000E-\u001A\u001C-\u001F\u007F-\u009F\uFFFD]/;
