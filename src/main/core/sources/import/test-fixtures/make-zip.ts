import { crc32, deflateRawSync } from 'node:zlib';

/** One entry of a hand-built ZIP; the overrides let a test make the archive lie. */
export interface HandZipEntry {
  name: string;
  data: Uint8Array | string;
  /** Deflate (default) or store. */
  method?: 'deflate' | 'store';
  /** Written instead of the real uncompressed size, in both headers; a function gets the compressed size. */
  declaredSize?: number | ((compressedSize: number) => number);
  /** Sets the "encrypted" flag (the data itself is left as is). */
  encryptedFlag?: boolean;
}

export interface HandZipOptions {
  /** Replaces the entry count in the End of Central Directory record. */
  declaredEntryCount?: number;
  /** Writes a ZIP64 End of Central Directory locator before the EOCD, as ZIP64 archives have. */
  zip64Locator?: boolean;
}

/**
 * A byte-exact ZIP writer, independent of jszip and of the inspector it tests, so that tests can
 * build archives no well-behaved library would: lying sizes, encrypted flags, ZIP64 markers.
 */
export function makeZip(entries: readonly HandZipEntry[], options: HandZipOptions = {}): Uint8Array {
  const parts: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const raw = typeof entry.data === 'string' ? Buffer.from(entry.data, 'utf8') : Buffer.from(entry.data);
    const deflate = entry.method !== 'store';
    const stored = deflate ? deflateRawSync(raw) : raw;
    const name = Buffer.from(entry.name, 'utf8');
    const flags = 0x800 | (entry.encryptedFlag ? 0x1 : 0);
    const method = deflate ? 8 : 0;
    const declared = entry.declaredSize;
    const size = typeof declared === 'function' ? declared(stored.byteLength) : (declared ?? raw.byteLength);
    const checksum = crc32(raw);

    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(flags, 6);
    local.writeUInt16LE(method, 8);
    local.writeUInt32LE(checksum, 14);
    local.writeUInt32LE(stored.byteLength, 18);
    local.writeUInt32LE(size >>> 0, 22);
    local.writeUInt16LE(name.byteLength, 26);
    parts.push(local, name, stored);

    const header = Buffer.alloc(46);
    header.writeUInt32LE(0x02014b50, 0);
    header.writeUInt16LE(20, 4);
    header.writeUInt16LE(20, 6);
    header.writeUInt16LE(flags, 8);
    header.writeUInt16LE(method, 10);
    header.writeUInt32LE(checksum, 16);
    header.writeUInt32LE(stored.byteLength, 20);
    header.writeUInt32LE(size >>> 0, 24);
    header.writeUInt16LE(name.byteLength, 28);
    header.writeUInt32LE(offset, 42);
    central.push(header, name);
    offset += local.byteLength + name.byteLength + stored.byteLength;
  }
  const directory = Buffer.concat(central);
  const locator = Buffer.alloc(options.zip64Locator ? 20 : 0);
  if (options.zip64Locator) locator.writeUInt32LE(0x07064b50, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  const count = options.declaredEntryCount ?? entries.length;
  end.writeUInt16LE(count, 8);
  end.writeUInt16LE(count, 10);
  end.writeUInt32LE(directory.byteLength, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...parts, directory, locator, end]));
}
