import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { DocumentInitParameters } from 'pdfjs-dist/types/src/display/api';

type Pdfjs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');

/**
 * Serves pdf.js's requests for binary resources. Only the character maps it ships are given
 * out (CJK text with a predefined encoding cannot be extracted without them), read from its own
 * package directory by a fixed name. Standard font programs and WebAssembly are refused: text
 * extraction needs neither, and nothing a PDF says can make pdf.js read or fetch anything else.
 */
export class BundledCMapsOnly {
  // pdf.js constructs the factory with the URLs passed to getDocument; none are.
  constructor(_urls?: unknown) {}

  async fetch({ kind, filename }: { kind: string; filename: string }): Promise<Uint8Array> {
    // pdf.js checks cMap names against its built-in list; this pattern is a second, local check.
    if (kind !== 'cMapUrl' || !/^[A-Za-z0-9_-]+\.bcmap$/.test(filename)) {
      throw new Error(`Sourcebook does not load ${kind} resources for PDFs.`);
    }
    return new Uint8Array(await readFile(join(cMapDirectory(), filename)));
  }
}

function cMapDirectory(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve('pdfjs-dist/package.json')), 'cmaps');
}

/**
 * How every PDF is opened. PDFs are hostile input: no `eval` for PDF functions (pdf.js would
 * otherwise compile them to JavaScript), no fonts installed into anything, no system fonts,
 * no WebAssembly, no fetching of any kind, and logging of errors only (a malformed file
 * would otherwise print a warning per glyph). Exported so a test can hold these to account.
 */
export const PDF_OPEN_OPTIONS = {
  isEvalSupported: false,
  disableFontFace: true,
  useSystemFonts: false,
  useWorkerFetch: false,
  useWasm: false,
  isOffscreenCanvasSupported: false,
  isImageDecoderSupported: false,
  enableXfa: false,
  disableAutoFetch: true,
  disableStream: true,
  disableRange: true,
  // Recover what text can be recovered from a slightly broken page rather than losing it all.
  stopAtErrors: false,
  verbosity: 0,
  BinaryDataFactory: BundledCMapsOnly,
} as const satisfies DocumentInitParameters;

let loading: Promise<Pdfjs> | undefined;

/**
 * pdf.js is an ES module and the main process is bundled to CommonJS, hence the dynamic import.
 * Its worker code is loaded too and handed over through `globalThis.pdfjsWorker`, pdf.js's
 * documented hook for running in-thread: otherwise it would import "./pdf.worker.mjs" relative
 * to wherever the bundler left pdf.mjs. The caller is already off the main thread (the import
 * worker), so parsing in-thread costs nothing.
 */
export function loadPdfjs(): Promise<Pdfjs> {
  loading ??= (async () => {
    const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
    const globals = globalThis as { pdfjsWorker?: unknown };
    // @ts-expect-error -- pdf.js ships no type declarations for its worker module.
    globals.pdfjsWorker ??= await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
    return pdfjs;
  })();
  return loading;
}

/** The bytes are copied because pdf.js takes ownership of (and detaches) what it is given. */
export function pdfOpenParameters(bytes: Uint8Array): DocumentInitParameters {
  return { ...PDF_OPEN_OPTIONS, data: bytes.slice() };
}

/** Opens a PDF the one way Sourcebook opens PDFs. */
export async function openPdf(bytes: Uint8Array) {
  const pdfjs = await loadPdfjs();
  return pdfjs.getDocument(pdfOpenParameters(bytes));
}
