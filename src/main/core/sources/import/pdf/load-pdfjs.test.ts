import { describe, expect, it } from 'vitest';
import { BundledCMapsOnly, PDF_OPEN_OPTIONS, pdfOpenParameters } from './load-pdfjs';

describe('how PDFs are opened', () => {
  it('never lets pdf.js evaluate code, load fonts or fetch', () => {
    const parameters = pdfOpenParameters(new Uint8Array([1, 2, 3]));
    expect(parameters).toMatchObject({
      isEvalSupported: false,
      disableFontFace: true,
      useSystemFonts: false,
      useWorkerFetch: false,
      useWasm: false,
      enableXfa: false,
      verbosity: 0,
      BinaryDataFactory: BundledCMapsOnly,
    });
    expect(parameters).not.toHaveProperty('url');
    expect(parameters).not.toHaveProperty('standardFontDataUrl');
  });

  it('hands pdf.js a copy of the bytes, since it takes ownership of them', () => {
    const bytes = new Uint8Array([1, 2, 3]);
    const { data } = pdfOpenParameters(bytes);
    expect(data).toEqual(bytes);
    expect(data).not.toBe(bytes);
    expect(PDF_OPEN_OPTIONS).not.toHaveProperty('data');
  });
});

describe('BundledCMapsOnly', () => {
  const resources = new BundledCMapsOnly();

  it('serves the character maps pdf.js ships', async () => {
    const data = await resources.fetch({ kind: 'cMapUrl', filename: 'UniJIS-UCS2-H.bcmap' });
    expect(data.byteLength).toBeGreaterThan(0);
  });

  it('refuses font programs, WebAssembly and anything that looks like a path', async () => {
    await expect(resources.fetch({ kind: 'standardFontDataUrl', filename: 'FoxitSans.pfb' })).rejects.toThrow(/does not load/);
    await expect(resources.fetch({ kind: 'wasmUrl', filename: 'openjpeg.wasm' })).rejects.toThrow(/does not load/);
    await expect(resources.fetch({ kind: 'cMapUrl', filename: '../../package.json' })).rejects.toThrow(/does not load/);
  });
});
