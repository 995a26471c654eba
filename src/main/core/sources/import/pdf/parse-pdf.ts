import { firstHeadingText } from '../first-heading';
import { ImportRefusal, type ParsedDocument } from '../types';
import { bodyTextSize, linesToBlocks } from './lines-to-blocks';
import { openPdf } from './load-pdfjs';
import { groupIntoLines, type PageLine, type PositionedText } from './page-lines';
import { pdfMetadata } from './pdf-metadata';
import { dropRunningLines } from './running-lines';

export const PDF_MIME_TYPE = 'application/pdf';
export const DEFAULT_MAX_PDF_PAGES = 2000;

export interface ParsePdfOptions {
  maxPages?: number;
  /** Checked between pages; aborting rejects with the signal's reason (an AbortError by default). */
  signal?: AbortSignal;
}

/** A page with fewer letters than this has no text layer worth the name (a stray page number). */
const MIN_LETTERS_PER_PAGE = 3;
/** The spec lets readers look for the end-of-file marker in the last 1024 bytes. */
const EOF_SEARCH_WINDOW = 1024;

const DAMAGED =
  'This PDF is damaged or incomplete, so Sourcebook cannot read it reliably. ' +
  'If it was downloaded or copied, get a fresh copy; otherwise open it in a PDF reader, save or print it to a new PDF, and import that.';
const NO_TEXT_LAYER =
  'This PDF has no text layer; it is probably a scan. ' +
  'Scanned PDFs need OCR (text recognition), which Sourcebook does not support yet.';

/** A PDF's text, rebuilt into headings and paragraphs, with title, authors and language. */
export async function parsePdf(bytes: Uint8Array, options: ParsePdfOptions = {}): Promise<ParsedDocument> {
  const { maxPages = DEFAULT_MAX_PDF_PAGES, signal } = options;
  if (bytes.byteLength === 0) throw new ImportRefusal('empty', 'This PDF is empty (0 bytes). Check that it was saved or copied completely.');
  refuseUnlessCompletePdf(bytes);
  signal?.throwIfAborted();

  const loadingTask = await openPdf(bytes);
  try {
    const document = await loadingTask.promise.catch((error: unknown) => {
      throw refusalForOpenError(error);
    });
    if (document.numPages > maxPages) {
      throw new ImportRefusal(
        'too-large',
        `This PDF has ${document.numPages.toLocaleString('en')} pages; Sourcebook imports PDFs of up to ${maxPages.toLocaleString('en')} pages. ` +
          'Split it into smaller files (by chapter, say) and import those.',
      );
    }

    const pages: PageLine[][] = [];
    for (let number = 1; number <= document.numPages; number++) {
      // pdf.js's in-thread worker answers through promises alone, so without this pause no
      // timer or message (the abort itself) would run until the whole document was read.
      await yieldToEventLoop();
      signal?.throwIfAborted();
      pages.push(await pageLines(document, number));
    }
    signal?.throwIfAborted();

    if (pages.every((lines) => countLetters(lines) < MIN_LETTERS_PER_PAGE)) {
      throw new ImportRefusal('no-text-layer', NO_TEXT_LAYER);
    }
    const bodySize = bodyTextSize(pages);
    const structured = linesToBlocks(dropRunningLines(pages, bodySize), bodySize);
    if (structured.blocks.length === 0) {
      throw new ImportRefusal('no-text', 'This PDF has no text to import: its pages hold only page numbers or repeated headers.');
    }

    const metadata = pdfMetadata(await document.getMetadata().catch(() => ({ info: {}, metadata: null })));
    metadata.title ??= firstHeadingText(structured);
    if (metadata.title === undefined) delete metadata.title;
    return { ...structured, mimeType: PDF_MIME_TYPE, metadata };
  } finally {
    // Destroying the loading task destroys the document too, and works when opening failed.
    await loadingTask.destroy();
  }
}

/**
 * pdf.js recovers remarkably from damage, by rebuilding the cross-reference table from the
 * objects it can find. For a file cut off part-way that means silently importing only the pages
 * that survived, and evidence with pages missing is worse than no evidence; so a file without
 * its end-of-file marker is refused, and the reporter gets a complete copy instead.
 */
function refuseUnlessCompletePdf(bytes: Uint8Array): void {
  const header = new TextDecoder('latin1').decode(bytes.subarray(0, 5));
  if (header !== '%PDF-') {
    throw new ImportRefusal('corrupt', 'This file is not a PDF, although it was taken for one: it does not start with a PDF header. It may be damaged or renamed.');
  }
  const tail = new TextDecoder('latin1').decode(bytes.subarray(Math.max(0, bytes.byteLength - EOF_SEARCH_WINDOW)));
  if (!tail.includes('%%EOF')) throw new ImportRefusal('corrupt', DAMAGED);
}

function refusalForOpenError(error: unknown): unknown {
  const name = error instanceof Error ? error.name : '';
  if (name === 'PasswordException') {
    return new ImportRefusal(
      'encrypted',
      'This PDF is protected with a password, so Sourcebook cannot read it. ' +
        'Open it with the password in a PDF reader, save or print it as a new PDF without one, and import that.',
    );
  }
  if (name === 'AbortError') return error;
  return new ImportRefusal('corrupt', DAMAGED);
}

type PdfDocument = Awaited<Awaited<ReturnType<typeof openPdf>>['promise']>;

async function pageLines(document: PdfDocument, pageNumber: number): Promise<PageLine[]> {
  let page;
  try {
    page = await document.getPage(pageNumber);
  } catch {
    throw new ImportRefusal('corrupt', DAMAGED);
  }
  try {
    const content = await page.getTextContent();
    // Marked-content markers carry no text and no position.
    const items = content.items.filter((item): item is Extract<typeof item, PositionedText> => 'str' in item);
    return groupIntoLines(items);
  } catch {
    throw new ImportRefusal('corrupt', DAMAGED);
  } finally {
    // Frees the page's fonts and parsed resources; a long PDF would otherwise hold them all.
    page.cleanup();
  }
}

function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

function countLetters(lines: readonly PageLine[]): number {
  let letters = 0;
  for (const line of lines) letters += line.text.match(/\p{L}/gu)?.length ?? 0;
  return letters;
}
