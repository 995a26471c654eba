import { neutralizeFormula } from './csv';
import { isLinkable } from './links';
import { coreProperties } from './office-core-properties';
import { XML_DECLARATION, xmlAttr, xmlText } from './xml';
import { zipPackage } from './zip';

/**
 * A small SpreadsheetML (XLSX) writer: text and number cells, a bold header row frozen in
 * place, column widths, wrapped text and hyperlinks. Written by hand on a zip library because
 * the maintained alternatives on npm either are frozen with open advisories (`xlsx`) or pull in
 * deprecated, vulnerable archive and temp-file packages (`exceljs`); the format needed here is
 * a few hundred bytes of XML per part.
 */

export type XlsxValue = string | number | null | undefined;
export interface XlsxLinkCell {
  text: string;
  /** Linked only when it is a web or mail address; anything else stays plain text. */
  link: string;
}
export type XlsxCell = XlsxValue | XlsxLinkCell;

export interface XlsxSheet {
  /** At most 31 characters, none of [ ] : * ? / \ (Excel's rules). */
  name: string;
  columns: ReadonlyArray<{ header: string; width: number }>;
  rows: ReadonlyArray<ReadonlyArray<XlsxCell>>;
}

/** Excel refuses to open a file with a longer cell, so longer text is cut, and says so. */
export const MAX_CELL_LENGTH = 32_767;
const CUT_MARK = ' … [cut: longer than a spreadsheet cell holds]';

const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';

/** Cell styles (indexes into cellXfs of styles.xml). */
const STYLE = { plain: 0, header: 1, link: 2 } as const;

export function columnName(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

/** Text as a cell may hold it: formulas neutralized as in CSV, cut to Excel's limit. */
export function cellText(text: string): string {
  const safe = neutralizeFormula(text);
  if (safe.length <= MAX_CELL_LENGTH) return safe;
  // Cut between code points, never inside a surrogate pair.
  return [...safe.slice(0, MAX_CELL_LENGTH - CUT_MARK.length)].join('').replace(/[\uD800-\uDBFF]$/, '') + CUT_MARK;
}

class SharedStrings {
  private readonly index = new Map<string, number>();
  private readonly parts: string[] = [];
  count = 0;

  add(text: string): number {
    this.count++;
    let id = this.index.get(text);
    if (id === undefined) {
      id = this.parts.length;
      this.index.set(text, id);
      this.parts.push(`<si><t xml:space="preserve">${xmlText(text)}</t></si>`);
    }
    return id;
  }

  xml(): string {
    return `${XML_DECLARATION}<sst xmlns="${NS}" count="${this.count}" uniqueCount="${this.parts.length}">${this.parts.join('')}</sst>`;
  }
}

function sheetXml(sheet: XlsxSheet, strings: SharedStrings, selected: boolean): { xml: string; links: string[] } {
  const links: string[] = [];
  const hyperlinks: string[] = [];
  const rows: string[] = [];
  const lastColumn = columnName(Math.max(sheet.columns.length - 1, 0));
  const cell = (ref: string, value: XlsxCell, style: number): string => {
    if (value === null || value === undefined || value === '') return '';
    if (typeof value === 'number') return Number.isFinite(value) ? `<c r="${ref}"${style ? ` s="${style}"` : ''}><v>${value}</v></c>` : '';
    if (typeof value === 'object') {
      if (!isLinkable(value.link)) return cell(ref, value.text, style);
      links.push(value.link);
      hyperlinks.push(`<hyperlink ref="${ref}" r:id="rId${links.length}"/>`);
      return `<c r="${ref}" s="${STYLE.link}" t="s"><v>${strings.add(cellText(value.text))}</v></c>`;
    }
    return `<c r="${ref}"${style ? ` s="${style}"` : ''} t="s"><v>${strings.add(cellText(value))}</v></c>`;
  };
  rows.push(`<row r="1">${sheet.columns.map((column, c) => cell(`${columnName(c)}1`, column.header, STYLE.header)).join('')}</row>`);
  sheet.rows.forEach((values, r) => {
    const number = r + 2;
    rows.push(`<row r="${number}">${values.map((value, c) => cell(`${columnName(c)}${number}`, value, STYLE.plain)).join('')}</row>`);
  });
  const cols = sheet.columns.map((column, c) => `<col min="${c + 1}" max="${c + 1}" width="${column.width}" customWidth="1"/>`).join('');
  const xml =
    `${XML_DECLARATION}<worksheet xmlns="${NS}" xmlns:r="${REL_NS}">` +
    `<dimension ref="A1:${lastColumn}${sheet.rows.length + 1}"/>` +
    `<sheetViews><sheetView workbookViewId="0"${selected ? ' tabSelected="1"' : ''}>` +
    // The header stays in view while scrolling: the pane below row 1 is the scrolling one.
    '<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>' +
    '<selection pane="bottomLeft" activeCell="A2" sqref="A2"/></sheetView></sheetViews>' +
    '<sheetFormatPr defaultRowHeight="15"/>' +
    `<cols>${cols}</cols>` +
    `<sheetData>${rows.join('')}</sheetData>` +
    (hyperlinks.length ? `<hyperlinks>${hyperlinks.join('')}</hyperlinks>` : '') +
    '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>' +
    '</worksheet>';
  return { xml, links };
}

function relationships(targets: ReadonlyArray<{ type: string; target: string; external?: boolean }>): string {
  const items = targets
    .map((t, i) => `<Relationship Id="rId${i + 1}" Type="${t.type}" Target="${xmlAttr(t.target)}"${t.external ? ' TargetMode="External"' : ''}/>`)
    .join('');
  return `${XML_DECLARATION}<Relationships xmlns="${PKG_REL_NS}">${items}</Relationships>`;
}

const STYLES =
  `${XML_DECLARATION}<styleSheet xmlns="${NS}">` +
  '<fonts count="3"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font>' +
  '<font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font>' +
  '<font><u/><sz val="11"/><color rgb="FF0563C1"/><name val="Calibri"/><family val="2"/></font></fonts>' +
  '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
  '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
  '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
  // Text cells wrap and sit at the top, so a long quote reads in its column rather than across the sheet.
  '<cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1"><alignment vertical="top" wrapText="1"/></xf>' +
  '<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>' +
  '<xf numFmtId="0" fontId="2" fillId="0" borderId="0" xfId="0" applyFont="1" applyAlignment="1"><alignment vertical="top"/></xf></cellXfs>' +
  '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
  '</styleSheet>';

/** The workbook as the bytes of an .xlsx file. */
export function writeXlsx(sheets: readonly XlsxSheet[], properties: { title: string; created: Date }): Uint8Array {
  const strings = new SharedStrings();
  const written = sheets.map((sheet, index) => sheetXml(sheet, strings, index === 0));
  const sheetType = `${REL_NS}/worksheet`;
  const entries: Array<[string, string]> = [
    [
      '[Content_Types].xml',
      `${XML_DECLARATION}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
        '<Default Extension="xml" ContentType="application/xml"/>' +
        '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
        sheets.map((_, i) => `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`).join('') +
        '<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>' +
        '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>' +
        '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>' +
        '</Types>',
    ],
    [
      '_rels/.rels',
      relationships([
        { type: `${REL_NS}/officeDocument`, target: 'xl/workbook.xml' },
        { type: 'http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties', target: 'docProps/core.xml' },
      ]),
    ],
    ['docProps/core.xml', coreProperties(properties)],
    [
      'xl/workbook.xml',
      `${XML_DECLARATION}<workbook xmlns="${NS}" xmlns:r="${REL_NS}"><bookViews><workbookView activeTab="0"/></bookViews><sheets>` +
        sheets.map((sheet, i) => `<sheet name="${xmlAttr(sheetName(sheet.name))}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('') +
        '</sheets></workbook>',
    ],
    [
      'xl/_rels/workbook.xml.rels',
      relationships([
        ...sheets.map((_, i) => ({ type: sheetType, target: `worksheets/sheet${i + 1}.xml` })),
        { type: `${REL_NS}/styles`, target: 'styles.xml' },
        { type: `${REL_NS}/sharedStrings`, target: 'sharedStrings.xml' },
      ]),
    ],
    ['xl/styles.xml', STYLES],
  ];
  written.forEach(({ xml, links }, i) => {
    entries.push([`xl/worksheets/sheet${i + 1}.xml`, xml]);
    if (links.length) {
      entries.push([`xl/worksheets/_rels/sheet${i + 1}.xml.rels`, relationships(links.map((link) => ({ type: `${REL_NS}/hyperlink`, target: link, external: true })))]);
    }
  });
  entries.push(['xl/sharedStrings.xml', strings.xml()]);
  return zipPackage(entries);
}

function sheetName(name: string): string {
  return name.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31) || 'Sheet';
}
