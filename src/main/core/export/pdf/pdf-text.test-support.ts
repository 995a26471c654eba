import { openPdf } from '../../sources/import/pdf/load-pdfjs';

/** Every page's text of a PDF, in reading order, read the way Sourcebook reads imported PDFs (pdf.js). */
export async function pdfText(bytes: Uint8Array): Promise<{ pages: number; text: string }> {
  const document = await (await openPdf(bytes)).promise;
  const parts: string[] = [];
  for (let number = 1; number <= document.numPages; number++) {
    const content = await (await document.getPage(number)).getTextContent();
    for (const item of content.items) if ('str' in item) parts.push(item.str, item.hasEOL ? '\n' : '');
  }
  const pages = document.numPages;
  await document.destroy();
  return { pages, text: parts.join('') };
}
