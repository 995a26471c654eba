import { standaloneFirstLine, structurePlainText } from '../text/plain-text-structure';
import { ImportRefusal, type ParsedDocument } from '../types';
import { pasteTitle } from './paste-title';
import { structureSanitizedHtml } from './sanitize';

/**
 * What a reporter pasted: the rich flavour (HTML from a browser, Word or Google Docs) when it
 * has text, sanitized like any imported page, else the plain flavour, read like a .txt file.
 * Clipboard HTML is a fragment with the source's baggage (`<meta>`, `<style>`, Office `<o:p>`,
 * `<!--StartFragment-->`): the sanitizer leaves none of it in the text.
 */
export function parsePaste(paste: { html?: string; text?: string }): ParsedDocument {
  if (paste.html?.trim()) {
    const structured = structureSanitizedHtml(paste.html);
    if (structured.blocks.length > 0) {
      const title = pasteTitle(structured);
      return { mimeType: 'text/html', ...structured, metadata: title ? { title } : {} };
    }
  }
  if (paste.text?.trim()) {
    const structured = structurePlainText(paste.text);
    if (structured.blocks.length > 0) {
      const title = standaloneFirstLine(paste.text) ?? pasteTitle(structured);
      return { mimeType: 'text/plain', ...structured, metadata: title ? { title } : {} };
    }
  }
  throw new ImportRefusal(
    'empty',
    'There is no text in what was pasted, so there is nothing to import. Copy the text of the article or document (images alone cannot be imported), then paste again.',
  );
}
