import type { Block, DocumentModel, Run, TableBlock, TextBlock } from './document';
import { coreProperties } from './office-core-properties';
import { XML_DECLARATION, xmlAttr, xmlText } from './xml';
import { isLinkable } from './links';
import { zipPackage } from './zip';

/**
 * A small WordprocessingML (DOCX) writer for the document model: title, two heading levels,
 * paragraphs, block quotes, bullet items, tables, bold/italic/fixed-width runs, line breaks and
 * web links. Written on the same zip library as the XLSX writer rather than with the `docx`
 * package, whose current release depends on a newer @types/node than this project's Node 20
 * (it would put a second, conflicting set of Node types into the type check).
 */

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const R = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships';

const PARAGRAPH_STYLE: Record<TextBlock['kind'], string> = {
  title: 'Title',
  heading: 'Heading1',
  paragraph: '',
  quote: 'Quote',
  item: 'ListParagraph',
};

/** Text of a run, with line breaks and tabs as Word writes them. */
function runContent(value: string): string {
  return value
    .split('\n')
    .map((line) =>
      line
        .split('\t')
        .map((part) => (part ? `<w:t xml:space="preserve">${xmlText(part)}</w:t>` : ''))
        .join('<w:tab/>'),
    )
    .join('<w:br/>');
}

function runXml(run: Run, links: string[]): string {
  // Word refuses run properties out of the schema's order (rStyle, rFonts, b, i...).
  const props = [run.mono ? '<w:rFonts w:ascii="Consolas" w:hAnsi="Consolas" w:cs="Consolas"/>' : '', run.bold ? '<w:b/>' : '', run.italic ? '<w:i/>' : ''];
  if (run.link && isLinkable(run.link)) {
    links.push(run.link);
    return `<w:hyperlink r:id="rLink${links.length}" w:history="1"><w:r><w:rPr><w:rStyle w:val="Hyperlink"/>${props.join('')}</w:rPr>${runContent(run.text)}</w:r></w:hyperlink>`;
  }
  const rPr = props.join('');
  return `<w:r>${rPr ? `<w:rPr>${rPr}</w:rPr>` : ''}${runContent(run.text)}</w:r>`;
}

/** Table widths are fiftieths of a percent of the text width (5000 = all of it). */
const FULL_WIDTH_PCT = 5000;

/**
 * A table across the text width, columns shared equally, the header row bold and repeated on
 * every page the table runs onto; a cell is its paragraphs (Word wants at least one).
 */
function tableXml(table: TableBlock, links: string[]): string {
  const columns = Math.max(1, table.header.length);
  const width = Math.floor(FULL_WIDTH_PCT / columns);
  const cell = (paragraphs: Run[][]) => {
    const body = paragraphs.length > 0 ? paragraphs.map((runs) => `<w:p>${runs.map((run) => runXml(run, links)).join('')}</w:p>`).join('') : '<w:p/>';
    return `<w:tc><w:tcPr><w:tcW w:w="${width}" w:type="pct"/></w:tcPr>${body}</w:tc>`;
  };
  const header = `<w:tr><w:trPr><w:tblHeader/></w:trPr>${table.header.map((runs) => cell([runs.map((run) => ({ ...run, bold: true }))])).join('')}</w:tr>`;
  const rows = table.rows.map((row) => `<w:tr><w:trPr><w:cantSplit/></w:trPr>${row.map(cell).join('')}</w:tr>`).join('');
  const border = (side: string) => `<w:${side} w:val="single" w:sz="4" w:space="0" w:color="BFBFBF"/>`;
  const borders = `<w:tblBorders>${['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map(border).join('')}</w:tblBorders>`;
  const properties = `<w:tblPr><w:tblW w:w="${FULL_WIDTH_PCT}" w:type="pct"/>${borders}<w:tblLayout w:type="fixed"/><w:tblCellMar><w:top w:w="60" w:type="dxa"/><w:left w:w="100" w:type="dxa"/><w:bottom w:w="60" w:type="dxa"/><w:right w:w="100" w:type="dxa"/></w:tblCellMar></w:tblPr>`;
  const grid = `<w:tblGrid>${Array.from({ length: columns }, () => '<w:gridCol/>').join('')}</w:tblGrid>`;
  // A paragraph after the table: Word joins two tables that touch, and ends a body in one.
  return `<w:tbl>${properties}${grid}${header}${rows}</w:tbl><w:p/>`;
}

function blockXml(block: Block, links: string[]): string {
  return block.kind === 'table' ? tableXml(block, links) : paragraphXml(block, links);
}

function paragraphXml(block: TextBlock, links: string[]): string {
  const style = block.kind === 'heading' ? `Heading${block.level}` : PARAGRAPH_STYLE[block.kind];
  const numbering = block.kind === 'item' ? '<w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr>' : '';
  const pPr = style || numbering ? `<w:pPr>${style ? `<w:pStyle w:val="${style}"/>` : ''}${numbering}</w:pPr>` : '';
  return `<w:p>${pPr}${block.runs.map((run) => runXml(run, links)).join('')}</w:p>`;
}

const STYLES =
  `${XML_DECLARATION}<w:styles xmlns:w="${W}">` +
  '<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Calibri" w:hAnsi="Calibri" w:eastAsia="Calibri" w:cs="Calibri"/><w:sz w:val="22"/><w:lang w:val="en-GB"/></w:rPr></w:rPrDefault>' +
  '<w:pPrDefault><w:pPr><w:spacing w:after="120" w:line="264" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>' +
  '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>' +
  '<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:spacing w:after="240"/></w:pPr><w:rPr><w:b/><w:sz w:val="40"/></w:rPr></w:style>' +
  '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before="360" w:after="120"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:sz w:val="32"/></w:rPr></w:style>' +
  '<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:keepNext/><w:spacing w:before="240" w:after="80"/><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:b/><w:sz w:val="26"/></w:rPr></w:style>' +
  '<w:style w:type="paragraph" w:styleId="Quote"><w:name w:val="Quote"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:pBdr><w:left w:val="single" w:sz="12" w:space="8" w:color="999999"/></w:pBdr><w:ind w:left="567" w:right="567"/></w:pPr><w:rPr><w:i/></w:rPr></w:style>' +
  '<w:style w:type="paragraph" w:styleId="ListParagraph"><w:name w:val="List Paragraph"/><w:basedOn w:val="Normal"/><w:qFormat/><w:pPr><w:spacing w:after="60"/><w:ind w:left="720"/></w:pPr></w:style>' +
  '<w:style w:type="character" w:styleId="Hyperlink"><w:name w:val="Hyperlink"/><w:rPr><w:color w:val="0563C1"/><w:u w:val="single"/></w:rPr></w:style>' +
  '</w:styles>';

const NUMBERING =
  `${XML_DECLARATION}<w:numbering xmlns:w="${W}">` +
  '<w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="singleLevel"/><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/>' +
  '<w:lvlText w:val="•"/><w:lvlJc w:val="left"/><w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr></w:lvl></w:abstractNum>' +
  '<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>';

/** The document as the bytes of a .docx file. */
export function writeDocx(document: DocumentModel): Uint8Array {
  const links: string[] = [];
  const body = document.blocks.map((block) => blockXml(block, links)).join('');
  const documentXml =
    `${XML_DECLARATION}<w:document xmlns:w="${W}" xmlns:r="${R}"><w:body>${body}` +
    // A4 with 2.5 cm margins: the memo is printed in newsrooms on both sides of the Atlantic; A4 is the safer guess outside the US.
    '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="1418" w:right="1418" w:bottom="1418" w:left="1418" w:header="709" w:footer="709" w:gutter="0"/></w:sectPr>' +
    '</w:body></w:document>';
  const documentRels =
    `${XML_DECLARATION}<Relationships xmlns="${PKG_REL}">` +
    `<Relationship Id="rStyles" Type="${R}/styles" Target="styles.xml"/>` +
    `<Relationship Id="rNumbering" Type="${R}/numbering" Target="numbering.xml"/>` +
    links.map((link, i) => `<Relationship Id="rLink${i + 1}" Type="${R}/hyperlink" Target="${xmlAttr(link)}" TargetMode="External"/>`).join('') +
    '</Relationships>';
  return zipPackage([
    [
      '[Content_Types].xml',
      `${XML_DECLARATION}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
        '<Default Extension="xml" ContentType="application/xml"/>' +
        '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>' +
        '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>' +
        '<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>' +
        '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>' +
        '</Types>',
    ],
    [
      '_rels/.rels',
      `${XML_DECLARATION}<Relationships xmlns="${PKG_REL}">` +
        `<Relationship Id="rId1" Type="${R}/officeDocument" Target="word/document.xml"/>` +
        '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>' +
        '</Relationships>',
    ],
    ['docProps/core.xml', coreProperties({ title: document.title, created: document.created })],
    ['word/document.xml', documentXml],
    ['word/_rels/document.xml.rels', documentRels],
    ['word/styles.xml', STYLES],
    ['word/numbering.xml', NUMBERING],
  ]);
}
