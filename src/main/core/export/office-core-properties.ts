import { XML_DECLARATION, xmlText } from './xml';

/** Dublin Core properties shared by the XLSX and DOCX packages: title and creation time. */
export function coreProperties(properties: { title: string; created: Date }): string {
  const when = properties.created.toISOString().replace(/\.\d{3}Z$/, 'Z');
  return (
    `${XML_DECLARATION}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ` +
    'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    `<dc:title>${xmlText(properties.title)}</dc:title><dc:creator>Sourcebook</dc:creator>` +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${when}</dcterms:created></cp:coreProperties>`
  );
}
