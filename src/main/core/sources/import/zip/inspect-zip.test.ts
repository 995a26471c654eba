import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { makeZip } from '../test-fixtures/make-zip';
import { ImportRefusal } from '../types';
import { checkZipIsSafe, readZipDirectory } from './inspect-zip';
import { refusalOf } from '../test-support';

async function jszipArchive(files: Record<string, string | Uint8Array>, comment?: string): Promise<Uint8Array> {
  const zip = new JSZip();
  for (const [name, content] of Object.entries(files)) zip.file(name, content);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', ...(comment ? { comment } : {}) });
}

describe('readZipDirectory', () => {
  it('lists the entries of a jszip archive with their sizes and methods', async () => {
    const text = 'word '.repeat(1000);
    const bytes = await jszipArchive({ 'word/document.xml': text, 'docProps/core.xml': '<x/>' });
    // jszip also writes entries for the folders.
    const entries = readZipDirectory(bytes).filter((entry) => !entry.name.endsWith('/'));
    expect(entries.map((entry) => entry.name)).toEqual(['word/document.xml', 'docProps/core.xml']);
    const document = entries[0]!;
    expect(document.compressionMethod).toBe(8);
    expect(document.declaredUncompressedSize).toBe(text.length);
    expect(document.compressedSize).toBeLessThan(text.length);
    expect(document.encrypted).toBe(false);
  });

  it('finds the directory behind an archive comment', async () => {
    const bytes = await jszipArchive({ 'a.txt': 'hello' }, 'a comment at the end of the file');
    expect(readZipDirectory(bytes).map((entry) => entry.name)).toEqual(['a.txt']);
  });

  it('reads stored entries of a hand-built archive, UTF-8 names included', () => {
    const bytes = makeZip([{ name: 'notes/café.txt', data: 'plain', method: 'store' }]);
    expect(readZipDirectory(bytes)).toEqual([
      { name: 'notes/café.txt', compressionMethod: 0, compressedSize: 5, declaredUncompressedSize: 5, encrypted: false, localHeaderOffset: 0 },
    ]);
  });

  it('works on a view into a larger buffer', async () => {
    const bytes = await jszipArchive({ 'a.txt': 'hello' });
    const padded = new Uint8Array(bytes.byteLength + 10);
    padded.set(bytes, 10);
    expect(readZipDirectory(padded.subarray(10))).toHaveLength(1);
  });
});

describe('checkZipIsSafe: damage', () => {
  it('refuses bytes that are not a zip', () => {
    const refusal = refusalOf(() => checkZipIsSafe(new TextEncoder().encode('not a zip at all, just text')));
    expect(refusal.reason).toBe('corrupt');
    expect(refusal.message).toMatch(/damaged or incomplete/);
  });

  it('refuses an archive cut off before its directory', async () => {
    const bytes = await jszipArchive({ 'a.txt': 'hello '.repeat(100), 'b.txt': 'world' });
    expect(refusalOf(() => checkZipIsSafe(bytes.slice(0, bytes.byteLength - 30))).reason).toBe('corrupt');
  });

  it('refuses a directory that points outside the file', () => {
    const bytes = makeZip([{ name: 'a.txt', data: 'hello' }]);
    const view = new DataView(bytes.buffer);
    view.setUint32(bytes.byteLength - 6, 0x7fff_0000, true); // central directory offset
    expect(refusalOf(() => checkZipIsSafe(bytes)).reason).toBe('corrupt');
  });

  it('refuses a directory that declares more entries than it holds', () => {
    const bytes = makeZip([{ name: 'a.txt', data: 'hello' }], { declaredEntryCount: 3 });
    expect(refusalOf(() => checkZipIsSafe(bytes)).reason).toBe('corrupt');
  });

  it('refuses an entry whose local header is not where the directory says', () => {
    const bytes = makeZip([{ name: 'a.txt', data: 'hello' }]);
    bytes[0] = 0; // breaks the local header signature
    expect(refusalOf(() => checkZipIsSafe(bytes)).reason).toBe('corrupt');
  });
});

describe('checkZipIsSafe: bombs', () => {
  it('accepts an ordinary archive and returns its entries', async () => {
    const bytes = await jszipArchive({ 'a.txt': 'hello', 'b.txt': 'world' });
    expect(checkZipIsSafe(bytes)).toHaveLength(2);
  });

  it('refuses more entries than the limit, before reading them', () => {
    const bytes = makeZip(Array.from({ length: 11 }, (_, i) => ({ name: `f${i}.txt`, data: 'x' })));
    const refusal = refusalOf(() => checkZipIsSafe(bytes, { maxEntries: 10 }));
    expect(refusal.reason).toBe('zip-bomb');
    expect(refusal.message).toMatch(/zip bomb/);
    expect(checkZipIsSafe(bytes, { maxEntries: 11 })).toHaveLength(11);
  });

  it('refuses a total declared size over the limit', () => {
    const bytes = makeZip([
      { name: 'a.bin', data: new Uint8Array(600), method: 'store' },
      { name: 'b.bin', data: new Uint8Array(600), method: 'store' },
    ]);
    expect(refusalOf(() => checkZipIsSafe(bytes, { maxTotalUncompressedBytes: 1000 })).reason).toBe('zip-bomb');
    expect(checkZipIsSafe(bytes, { maxTotalUncompressedBytes: 1200 })).toHaveLength(2);
  });

  it('refuses an entry that expands more than the ratio allows, but only above the size threshold', () => {
    const bytes = makeZip([{ name: 'zeros.bin', data: new Uint8Array(2 * 1024 * 1024) }]);
    expect(refusalOf(() => checkZipIsSafe(bytes)).reason).toBe('zip-bomb');
    expect(checkZipIsSafe(bytes, { ratioCheckAboveBytes: 4 * 1024 * 1024 })).toHaveLength(1);
    const small = makeZip([{ name: 'zeros.bin', data: new Uint8Array(100_000) }]);
    expect(checkZipIsSafe(small)).toHaveLength(1);
  });

  it('refuses a declared size smaller than the compressed data could hold', () => {
    const random = new Uint8Array(4096).map((_, i) => (i * 7919 + 13) % 251);
    const bytes = makeZip([{ name: 'a.bin', data: random, declaredSize: 100 }]);
    expect(refusalOf(() => checkZipIsSafe(bytes)).reason).toBe('zip-bomb');
    const stored = makeZip([{ name: 'a.bin', data: random, method: 'store', declaredSize: 100 }]);
    expect(refusalOf(() => checkZipIsSafe(stored)).reason).toBe('zip-bomb');
  });

  it('refuses ZIP64 markers in sizes and a ZIP64 locator', () => {
    const marked = makeZip([{ name: 'a.bin', data: 'x', declaredSize: 0xffffffff }]);
    expect(refusalOf(() => checkZipIsSafe(marked)).reason).toBe('zip-bomb');
    const located = makeZip([{ name: 'a.bin', data: 'x' }], { zip64Locator: true });
    expect(refusalOf(() => checkZipIsSafe(located)).reason).toBe('zip-bomb');
  });

  it('refuses encrypted entries as encrypted', () => {
    const bytes = makeZip([{ name: 'a.txt', data: 'secret', encryptedFlag: true }]);
    const refusal = refusalOf(() => checkZipIsSafe(bytes));
    expect(refusal.reason).toBe('encrypted');
    expect(refusal.message).toMatch(/password/);
  });
});
