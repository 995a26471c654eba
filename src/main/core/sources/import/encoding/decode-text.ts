import chardet from 'chardet';
import { decodeWindows1252 } from './windows-1252';

export interface DecodedText {
  text: string;
  /** The WHATWG name of the encoding used: 'utf-8', 'windows-1252', 'utf-16le'… */
  encoding: string;
}

export interface DecodeOptions {
  /** What the document says about itself (an HTML `<meta charset>`, an HTTP header). */
  declaredCharset?: string;
}

/** How many leading bytes the statistical checks look at; enough to decide, bounded in time. */
const SAMPLE_BYTES = 64 * 1024;

/**
 * Turns a text file's bytes into a string, in the order that is right most often: a byte-order
 * mark is proof; what the document declares comes next; then the bytes themselves. Reporters get
 * files from every era and operating system, and a misread "Müller" or “quote” is a misquote.
 */
export function decodeText(bytes: Uint8Array, options: DecodeOptions = {}): DecodedText {
  const encoding =
    encodingFromByteOrderMark(bytes) ??
    usableDeclaredEncoding(bytes, options.declaredCharset) ??
    detectEncoding(bytes);
  return { text: decodeAs(encoding, bytes), encoding };
}

/** TextDecoder drops a BOM that matches the encoding, so it never reaches the text. */
function decodeAs(encoding: string, bytes: Uint8Array): string {
  return encoding === 'windows-1252' ? decodeWindows1252(bytes) : new TextDecoder(encoding).decode(bytes);
}

function encodingFromByteOrderMark(bytes: Uint8Array): string | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return undefined;
}

/**
 * The WHATWG encoding a label names, or undefined for a label no browser knows. WHATWG (and so
 * TextDecoder) reads iso-8859-1 and us-ascii as windows-1252, as browsers do, because documents
 * labelled so are nearly always windows-1252 in fact (curly quotes at 0x93/0x94).
 */
export function encodingForLabel(label: string): string | undefined {
  try {
    const encoding = new TextDecoder(label.trim()).encoding;
    // 'replacement' stands for encodings browsers refuse to decode (ISO-2022-KR, HZ…).
    return encoding === 'replacement' ? undefined : encoding;
  } catch {
    return undefined;
  }
}

function usableDeclaredEncoding(bytes: Uint8Array, declared: string | undefined): string | undefined {
  if (!declared) return undefined;
  const encoding = encodingForLabel(declared);
  // Templates declare UTF-8 by default, whatever the editor saved; bytes that cannot be UTF-8
  // prove the declaration wrong, and detection does better than a page of U+FFFD.
  if (encoding === 'utf-8' && !isValidUtf8(bytes)) return undefined;
  return encoding;
}

function detectEncoding(bytes: Uint8Array): string {
  const utf16 = utf16FromNulPattern(bytes);
  if (utf16) return utf16;
  if (isValidUtf8(bytes)) return 'utf-8';
  return legacyEncodingByStatistics(bytes);
}

/**
 * UTF-16 written without a BOM (some Windows tools do) shows as NUL bytes on one side of each
 * pair wherever the text is Latin script. Checked before UTF-8 validity: such bytes are valid
 * UTF-8 too, every other character a NUL.
 */
function utf16FromNulPattern(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | undefined {
  const length = Math.min(bytes.length, SAMPLE_BYTES) & ~1;
  if (length < 4) return undefined;
  let evenNuls = 0;
  let oddNuls = 0;
  for (let i = 0; i < length; i += 2) {
    if (bytes[i] === 0) evenNuls++;
    if (bytes[i + 1] === 0) oddNuls++;
  }
  const pairs = length / 2;
  if (oddNuls >= pairs * 0.3 && evenNuls <= pairs * 0.02) return 'utf-16le';
  if (evenNuls >= pairs * 0.3 && oddNuls <= pairs * 0.02) return 'utf-16be';
  return undefined;
}

function isValidUtf8(bytes: Uint8Array): boolean {
  try {
    // `stream` forgives a character cut in half at the end: files get truncated.
    new TextDecoder('utf-8', { fatal: true }).decode(bytes, { stream: true });
    return true;
  } catch {
    return false;
  }
}

/** Legacy East Asian encodings, believed only when chardet is sure: short Latin text fools it. */
const MULTI_BYTE = new Set(['Shift_JIS', 'EUC-JP', 'EUC-KR', 'Big5', 'GB18030']);
const MULTI_BYTE_CONFIDENCE = 70;
/** Another single-byte encoding must beat windows-1252 by this much; the guesses are close. */
const SINGLE_BYTE_MARGIN = 10;

/**
 * Text that is neither UTF-8 nor UTF-16 is in some legacy code page, and statistics are all
 * that is left. Windows-1252 is the default: it is what most such files are, and where it is
 * wrong it still keeps every ASCII character.
 */
function legacyEncodingByStatistics(bytes: Uint8Array): string {
  const matches = chardet.analyse(bytes.subarray(0, SAMPLE_BYTES));
  const best = matches[0];
  if (best && MULTI_BYTE.has(best.name) && best.confidence >= MULTI_BYTE_CONFIDENCE) {
    return encodingForLabel(best.name) ?? 'windows-1252';
  }
  let windows1252Confidence = 0;
  let bestSingleByte: { encoding: string; confidence: number } | undefined;
  for (const match of matches) {
    const encoding = isSingleByteLabel(match.name) ? encodingForLabel(match.name) : undefined;
    if (!encoding) continue;
    if (encoding === 'windows-1252') windows1252Confidence = Math.max(windows1252Confidence, match.confidence);
    if (!bestSingleByte || match.confidence > bestSingleByte.confidence) bestSingleByte = { encoding, confidence: match.confidence };
  }
  if (bestSingleByte && bestSingleByte.confidence >= windows1252Confidence + SINGLE_BYTE_MARGIN) {
    return bestSingleByte.encoding;
  }
  return 'windows-1252';
}

function isSingleByteLabel(name: string): boolean {
  return /^(?:ISO-8859-\d+|windows-125\d|KOI8-R)$/i.test(name);
}
