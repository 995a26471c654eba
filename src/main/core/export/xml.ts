/**
 * Text for XML 1.0 documents (SpreadsheetML, WordprocessingML, XHTML). Characters XML 1.0
 * forbids (most C0 controls, lone surrogates, U+FFFE/U+FFFF) cannot be written at all, and an
 * imported PDF can hold them: they are dropped, or the whole file would not open. A carriage
 * return is written as a reference, since a parser turns a literal one into a line feed.
 */
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function xmlText(text: string): string {
  return text
    .replace(FORBIDDEN, '')
    .replace(/[&<>"\r]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', '\r': '&#13;' })[c]!);
}

/** An attribute value: as text, and tabs and line feeds kept as references, since attributes normalize them to spaces. */
export function xmlAttr(text: string): string {
  return xmlText(text).replace(/\n/g, '&#10;').replace(/\t/g, '&#9;');
}

export const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
