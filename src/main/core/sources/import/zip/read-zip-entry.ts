import { createInflateRaw, inflateRawSync } from 'node:zlib';
import { LOCAL_HEADER_LENGTH, type ZipEntry } from './inspect-zip';

const METHOD_STORED = 0;
const METHOD_DEFLATE = 8;

/**
 * The entry's raw (still compressed) bytes. The local header repeats the name and has its own
 * extra field, whose length may differ from the central directory's; only it says where the
 * data starts. `readZipDirectory` has already checked the header lies inside the file.
 */
function compressedData(bytes: Uint8Array, entry: ZipEntry): Uint8Array | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const header = entry.localHeaderOffset;
  const dataStart = header + LOCAL_HEADER_LENGTH + view.getUint16(header + 26, true) + view.getUint16(header + 28, true);
  const dataEnd = dataStart + entry.compressedSize;
  if (dataEnd > bytes.byteLength) return undefined;
  return bytes.subarray(dataStart, dataEnd);
}

/**
 * Reads one small entry, never producing more than `maxBytes` whatever the archive declares:
 * a lying size makes zlib stop (and this return undefined) rather than fill memory.
 * Returns undefined for an entry that cannot be read (unknown method, damaged data).
 */
export function readZipEntry(bytes: Uint8Array, entry: ZipEntry, maxBytes: number): Uint8Array | undefined {
  const data = compressedData(bytes, entry);
  if (!data || entry.encrypted) return undefined;
  if (entry.compressionMethod === METHOD_STORED) return data.byteLength <= maxBytes ? data : undefined;
  if (entry.compressionMethod !== METHOD_DEFLATE) return undefined;
  try {
    return inflateRawSync(data, { maxOutputLength: Math.max(1, maxBytes) });
  } catch {
    return undefined;
  }
}

/**
 * Whether every deflated entry inflates to no more than it declares. `checkZipIsSafe` trusts
 * the declared sizes; a library that then unpacks the archive (mammoth's jszip) does not check
 * them, so an archive that declares 1 MB and holds 1 GB would get through. Inflating here
 * streams and discards the output, stopping at the first byte past the declared size, so it
 * costs time proportional to the honest part of the archive and almost no memory.
 */
export async function inflatedSizesAreHonest(bytes: Uint8Array, entries: readonly ZipEntry[]): Promise<boolean> {
  for (const entry of entries) {
    if (entry.compressionMethod !== METHOD_DEFLATE) continue;
    const data = compressedData(bytes, entry);
    if (!data) return false;
    if (!(await inflatesWithin(data, entry.declaredUncompressedSize))) return false;
  }
  return true;
}

function inflatesWithin(data: Uint8Array, limit: number): Promise<boolean> {
  return new Promise((resolve) => {
    const inflater = createInflateRaw();
    let total = 0;
    let settled = false;
    const settle = (honest: boolean) => {
      if (settled) return;
      settled = true;
      inflater.destroy();
      resolve(honest);
    };
    inflater.on('data', (chunk: Buffer) => {
      total += chunk.byteLength;
      if (total > limit) settle(false);
    });
    inflater.on('end', () => settle(true));
    // Damaged deflate data is not this check's business; mammoth will report it as damage.
    inflater.on('error', () => settle(true));
    inflater.end(data);
  });
}
