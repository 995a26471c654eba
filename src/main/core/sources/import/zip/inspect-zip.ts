import { ImportRefusal } from '../types';

/** One file inside a ZIP, as its central directory declares it (nothing is inflated). */
export interface ZipEntry {
  name: string;
  /** 0 = stored, 8 = deflated; anything else is refused by the readers that need the data. */
  compressionMethod: number;
  compressedSize: number;
  /** What the archive claims; a hostile archive can lie, so inflating must still be bounded. */
  declaredUncompressedSize: number;
  encrypted: boolean;
  /** Where the entry's local header starts, from the beginning of the file. */
  localHeaderOffset: number;
}

export interface ZipLimits {
  maxEntries: number;
  maxTotalUncompressedBytes: number;
  /** Above this declared size an entry must not expand more than `maxRatio` times. */
  ratioCheckAboveBytes: number;
  maxRatio: number;
}

/**
 * A Word file with thousands of parts or hundreds of megabytes of XML is not something a
 * reporter writes; these are far above real documents and far below what hurts the importer.
 */
export const DEFAULT_ZIP_LIMITS: ZipLimits = {
  maxEntries: 5_000,
  maxTotalUncompressedBytes: 300 * 1024 * 1024,
  ratioCheckAboveBytes: 1024 * 1024,
  maxRatio: 100,
};

const EOCD_SIGNATURE = 0x06054b50;
const ZIP64_EOCD_LOCATOR_SIGNATURE = 0x07064b50;
const CENTRAL_HEADER_SIGNATURE = 0x02014b50;
const LOCAL_HEADER_SIGNATURE = 0x04034b50;
const EOCD_LENGTH = 22;
const CENTRAL_HEADER_LENGTH = 46;
export const LOCAL_HEADER_LENGTH = 30;
const MAX_COMMENT_LENGTH = 0xffff;
const ZIP64_MARKER_32 = 0xffffffff;
const ZIP64_MARKER_16 = 0xffff;
const FLAG_ENCRYPTED = 0x1;
const METHOD_DEFLATE = 8;

const DAMAGED =
  'This file is damaged or incomplete: its table of contents (ZIP directory) is missing or broken. ' +
  'If it was downloaded or copied, get a fresh copy and import that.';
const TOO_BIG_TO_UNPACK =
  'This file unpacks to far more data than a real document holds, so Sourcebook did not open it. ' +
  'It may be a "zip bomb" meant to exhaust memory. If you trust it, open it in Word and save a new copy.';
const ENCRYPTED =
  'This file is encrypted with a password. Remove the password in the program that made it, save it again, and import the new copy.';

/**
 * Reads the End of Central Directory record and the central directory, checking every offset
 * against the file, without inflating a byte. ZIP64 archives are refused: no document we
 * import needs 4 GB, and their extra indirection is where the parser would be easiest to fool.
 */
export function readZipDirectory(bytes: Uint8Array, limits: ZipLimits = DEFAULT_ZIP_LIMITS): ZipEntry[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const eocdOffset = findEndOfCentralDirectory(view);
  if (eocdOffset < 0) throw new ImportRefusal('corrupt', DAMAGED);

  const entryCount = view.getUint16(eocdOffset + 10, true);
  const directorySize = view.getUint32(eocdOffset + 12, true);
  const directoryOffset = view.getUint32(eocdOffset + 16, true);
  const hasZip64Locator = eocdOffset >= 20 && view.getUint32(eocdOffset - 20, true) === ZIP64_EOCD_LOCATOR_SIGNATURE;
  if (
    hasZip64Locator ||
    entryCount === ZIP64_MARKER_16 ||
    directorySize === ZIP64_MARKER_32 ||
    directoryOffset === ZIP64_MARKER_32
  ) {
    throw new ImportRefusal('zip-bomb', TOO_BIG_TO_UNPACK);
  }
  if (view.getUint16(eocdOffset + 4, true) !== 0 || view.getUint16(eocdOffset + 6, true) !== 0) {
    throw new ImportRefusal('unsupported', 'This file is one part of a multi-part (split) archive; Sourcebook cannot import split archives.');
  }
  // Checked before parsing, so a directory of a million entries costs nothing.
  if (entryCount > limits.maxEntries) throw new ImportRefusal('zip-bomb', TOO_BIG_TO_UNPACK);
  if (directoryOffset + directorySize > eocdOffset) throw new ImportRefusal('corrupt', DAMAGED);

  const entries: ZipEntry[] = [];
  const decoder = new TextDecoder('utf-8');
  let cursor = directoryOffset;
  const directoryEnd = directoryOffset + directorySize;
  for (let i = 0; i < entryCount; i++) {
    if (cursor + CENTRAL_HEADER_LENGTH > directoryEnd) throw new ImportRefusal('corrupt', DAMAGED);
    if (view.getUint32(cursor, true) !== CENTRAL_HEADER_SIGNATURE) throw new ImportRefusal('corrupt', DAMAGED);
    const flags = view.getUint16(cursor + 8, true);
    const compressionMethod = view.getUint16(cursor + 10, true);
    const compressedSize = view.getUint32(cursor + 20, true);
    const declaredUncompressedSize = view.getUint32(cursor + 24, true);
    const nameLength = view.getUint16(cursor + 28, true);
    const extraLength = view.getUint16(cursor + 30, true);
    const commentLength = view.getUint16(cursor + 32, true);
    const localHeaderOffset = view.getUint32(cursor + 42, true);
    const nameStart = cursor + CENTRAL_HEADER_LENGTH;
    const next = nameStart + nameLength + extraLength + commentLength;
    if (next > directoryEnd) throw new ImportRefusal('corrupt', DAMAGED);
    if (
      compressedSize === ZIP64_MARKER_32 ||
      declaredUncompressedSize === ZIP64_MARKER_32 ||
      localHeaderOffset === ZIP64_MARKER_32
    ) {
      throw new ImportRefusal('zip-bomb', TOO_BIG_TO_UNPACK);
    }
    // The entry's data must lie between its local header and the central directory.
    if (localHeaderOffset + LOCAL_HEADER_LENGTH + compressedSize > directoryOffset) {
      throw new ImportRefusal('corrupt', DAMAGED);
    }
    if (view.getUint32(localHeaderOffset, true) !== LOCAL_HEADER_SIGNATURE) throw new ImportRefusal('corrupt', DAMAGED);
    // Names without the UTF-8 flag (bit 11) are officially CP437; tools write UTF-8 anyway,
    // and a name only has to match ASCII paths like "word/document.xml".
    const name = decoder.decode(bytes.subarray(nameStart, nameStart + nameLength));
    entries.push({
      name,
      compressionMethod,
      compressedSize,
      declaredUncompressedSize,
      encrypted: (flags & FLAG_ENCRYPTED) !== 0,
      localHeaderOffset,
    });
    cursor = next;
  }
  return entries;
}

/**
 * Refuses archives that would be dangerous or pointless to unpack, judging only by what the
 * central directory declares: too many entries, too much data in total, an entry that expands
 * implausibly, a declared size that deflate could not have produced, or encryption.
 * Returns the entries so callers do not parse the directory twice.
 */
export function checkZipIsSafe(bytes: Uint8Array, limits: Partial<ZipLimits> = {}): ZipEntry[] {
  const effective: ZipLimits = { ...DEFAULT_ZIP_LIMITS, ...limits };
  const entries = readZipDirectory(bytes, effective);
  let total = 0;
  for (const entry of entries) {
    if (entry.encrypted) throw new ImportRefusal('encrypted', ENCRYPTED);
    total += entry.declaredUncompressedSize;
    if (total > effective.maxTotalUncompressedBytes) throw new ImportRefusal('zip-bomb', TOO_BIG_TO_UNPACK);
    if (
      entry.declaredUncompressedSize > effective.ratioCheckAboveBytes &&
      entry.declaredUncompressedSize > entry.compressedSize * effective.maxRatio
    ) {
      throw new ImportRefusal('zip-bomb', TOO_BIG_TO_UNPACK);
    }
    if (declaresLessThanItsDataHolds(entry)) throw new ImportRefusal('zip-bomb', TOO_BIG_TO_UNPACK);
  }
  return entries;
}

/**
 * Deflate never makes data much bigger (5 bytes per 64 KB stored block, plus a little), and
 * stored data is exactly its size; a declared size below that is a lie meant to slip a big
 * entry past the limits above.
 */
function declaresLessThanItsDataHolds(entry: ZipEntry): boolean {
  if (entry.compressionMethod === 0) return entry.compressedSize !== entry.declaredUncompressedSize;
  if (entry.compressionMethod !== METHOD_DEFLATE) return false;
  const maxDeflatedSize = entry.declaredUncompressedSize + 5 * Math.ceil(entry.declaredUncompressedSize / 65_535 + 1) + 64;
  return entry.compressedSize > maxDeflatedSize;
}

/** The EOCD is the last record; a trailing comment of up to 64 KB may follow it. */
function findEndOfCentralDirectory(view: DataView): number {
  const lowest = Math.max(0, view.byteLength - EOCD_LENGTH - MAX_COMMENT_LENGTH);
  for (let offset = view.byteLength - EOCD_LENGTH; offset >= lowest; offset--) {
    if (view.getUint32(offset, true) !== EOCD_SIGNATURE) continue;
    // Bytes that merely look like a signature (inside the comment, say) would claim a comment
    // running past the end of the file.
    if (offset + EOCD_LENGTH + view.getUint16(offset + 20, true) <= view.byteLength) return offset;
  }
  return -1;
}
