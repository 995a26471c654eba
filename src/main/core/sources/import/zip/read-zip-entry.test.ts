import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { makeZip } from '../test-fixtures/make-zip';
import { readZipDirectory } from './inspect-zip';
import { inflatedSizesAreHonest, readZipEntry } from './read-zip-entry';

const decode = (bytes: Uint8Array | undefined) => (bytes ? new TextDecoder().decode(bytes) : undefined);

describe('readZipEntry', () => {
  it('reads deflated and stored entries', async () => {
    const zip = new JSZip();
    zip.file('deflated.xml', '<a>deflated</a>', { compression: 'DEFLATE' });
    zip.file('stored.xml', '<a>stored</a>', { compression: 'STORE' });
    const bytes = await zip.generateAsync({ type: 'uint8array' });
    const [deflated, stored] = readZipDirectory(bytes);
    expect(decode(readZipEntry(bytes, deflated!, 1024))).toBe('<a>deflated</a>');
    expect(decode(readZipEntry(bytes, stored!, 1024))).toBe('<a>stored</a>');
  });

  it('never produces more than the bound, whatever the entry declares', () => {
    const bytes = makeZip([{ name: 'core.xml', data: new Uint8Array(5_000_000), declaredSize: 200 }]);
    const [entry] = readZipDirectory(bytes);
    expect(readZipEntry(bytes, entry!, 64 * 1024)).toBeUndefined();
  });

  it('gives up on damaged deflate data', () => {
    const bytes = makeZip([{ name: 'a.xml', data: 'some text to deflate, long enough to matter' }]);
    const [entry] = readZipDirectory(bytes);
    bytes.fill(0xff, 30 + 'a.xml'.length, 30 + 'a.xml'.length + entry!.compressedSize);
    expect(readZipEntry(bytes, entry!, 1024)).toBeUndefined();
  });
});

describe('inflatedSizesAreHonest', () => {
  it('accepts entries that inflate to what they declare', async () => {
    const bytes = makeZip([{ name: 'a.xml', data: 'x'.repeat(10_000) }, { name: 'b.xml', data: 'short', method: 'store' }]);
    expect(await inflatedSizesAreHonest(bytes, readZipDirectory(bytes))).toBe(true);
  });

  it('catches an entry that inflates to more than it declares, without inflating it all', async () => {
    const bytes = makeZip([{ name: 'a.xml', data: new Uint8Array(50 * 1024 * 1024), declaredSize: (compressed) => compressed * 2 }]);
    const started = performance.now();
    expect(await inflatedSizesAreHonest(bytes, readZipDirectory(bytes))).toBe(false);
    expect(performance.now() - started).toBeLessThan(2000);
  });
});
