import { createHash } from 'node:crypto';

/** One line of text. Lines are laid out top-down; an empty line leaves a paragraph gap. */
export interface PdfLine {
  text: string;
  /** Font size in points; 11 by default. */
  size?: number;
  bold?: boolean;
  /** Absolute baseline height from the page's bottom, for running headers and footers. */
  y?: number;
}

export interface PdfSpec {
  /** /Title in the document information dictionary. */
  title?: string;
  /** /Author in the document information dictionary. */
  author?: string;
  /** /Lang in the catalog. */
  language?: string;
  pages: PdfLine[][];
}

const PAGE_WIDTH = 612;
const PAGE_HEIGHT = 792;
const MARGIN = 72;
const BODY_SIZE = 11;
const LEADING = 1.25;

/**
 * A minimal, valid PDF written by hand: Helvetica and Helvetica-Bold (standard Type 1 fonts,
 * not embedded, WinAnsiEncoding), one content stream per page, exact xref offsets. Only
 * characters WinAnsi can encode are accepted (Latin-1 plus curly quotes, dashes, €, …).
 */
export function makePdf(spec: PdfSpec): Uint8Array {
  const writer = new PdfWriter();
  const catalog = writer.reserve();
  const pages = writer.reserve();
  const regular = writer.add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>');
  const bold = writer.add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>');
  const fonts = `<< /F1 ${regular} 0 R /F2 ${bold} 0 R >>`;
  const kids = spec.pages.map((lines) => {
    const content = writer.addStream(pageContent(lines));
    return writer.add(
      `<< /Type /Page /Parent ${pages} 0 R /MediaBox [0 0 ${PAGE_WIDTH} ${PAGE_HEIGHT}] ` +
        `/Resources << /Font ${fonts} >> /Contents ${content} 0 R >>`,
    );
  });
  writer.set(pages, `<< /Type /Pages /Kids [${kids.map((kid) => `${kid} 0 R`).join(' ')}] /Count ${kids.length} >>`);
  const lang = spec.language === undefined ? '' : ` /Lang ${pdfString(spec.language)}`;
  writer.set(catalog, `<< /Type /Catalog /Pages ${pages} 0 R${lang} >>`);
  const info = infoDictionary(spec);
  const infoRef = info ? writer.add(info) : undefined;
  return writer.build(`/Root ${catalog} 0 R${infoRef ? ` /Info ${infoRef} 0 R` : ''}`);
}

/** A page as a scanner makes it: one grey image filling the page, and no text at all. */
export function makeScannedPdf(pageCount = 1): Uint8Array {
  const writer = new PdfWriter();
  const catalog = writer.reserve();
  const pages = writer.reserve();
  const pixels = Buffer.alloc(16 * 16, 0xc0);
  const image = writer.addStream(
    pixels.toString('latin1'),
    '/Type /XObject /Subtype /Image /Width 16 /Height 16 /ColorSpace /DeviceGray /BitsPerComponent 8',
  );
  const kids: number[] = [];
  for (let i = 0; i < pageCount; i++) {
    const content = writer.addStream(`q ${PAGE_WIDTH} 0 0 ${PAGE_HEIGHT} 0 0 cm /Im1 Do Q\n0.5 w 72 72 m 540 720 l S`);
    kids.push(
      writer.add(
        `<< /Type /Page /Parent ${pages} 0 R /MediaBox [0 0 ${PAGE_WIDTH} ${PAGE_HEIGHT}] ` +
          `/Resources << /XObject << /Im1 ${image} 0 R >> >> /Contents ${content} 0 R >>`,
      ),
    );
  }
  writer.set(pages, `<< /Type /Pages /Kids [${kids.map((kid) => `${kid} 0 R`).join(' ')}] /Count ${kids.length} >>`);
  writer.set(catalog, `<< /Type /Catalog /Pages ${pages} 0 R >>`);
  return writer.build(`/Root ${catalog} 0 R`);
}

/**
 * A page of Japanese (or any BMP) text in a non-embedded CID font with the predefined
 * UniJIS-UCS2-H encoding, as many Asian-language PDFs are made: its text can only be
 * extracted with the character maps pdf.js ships.
 */
export function makeCjkPdf(text: string): Uint8Array {
  const writer = new PdfWriter();
  const catalog = writer.reserve();
  const pages = writer.reserve();
  const descriptor = writer.add(
    '<< /Type /FontDescriptor /FontName /KozMinPr6N-Regular /Flags 4 /FontBBox [0 -120 1000 880] ' +
      '/ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 700 /StemV 80 >>',
  );
  const cidFont = writer.add(
    '<< /Type /Font /Subtype /CIDFontType0 /BaseFont /KozMinPr6N-Regular ' +
      `/CIDSystemInfo << /Registry (Adobe) /Ordering (Japan1) /Supplement 6 >> /FontDescriptor ${descriptor} 0 R /DW 1000 >>`,
  );
  const font = writer.add(
    `<< /Type /Font /Subtype /Type0 /BaseFont /KozMinPr6N-Regular /Encoding /UniJIS-UCS2-H /DescendantFonts [${cidFont} 0 R] >>`,
  );
  const ucs2 = Buffer.from(text, 'utf16le').swap16().toString('hex').toUpperCase();
  const content = writer.addStream(`BT /F1 12 Tf 72 700 Td <${ucs2}> Tj ET`);
  const page = writer.add(
    `<< /Type /Page /Parent ${pages} 0 R /MediaBox [0 0 ${PAGE_WIDTH} ${PAGE_HEIGHT}] ` +
      `/Resources << /Font << /F1 ${font} 0 R >> >> /Contents ${content} 0 R >>`,
  );
  writer.set(pages, `<< /Type /Pages /Kids [${page} 0 R] /Count 1 >>`);
  writer.set(catalog, `<< /Type /Catalog /Pages ${pages} 0 R >>`);
  return writer.build(`/Root ${catalog} 0 R`);
}

/**
 * A PDF that needs a password to open (standard security handler, revision 2, 40-bit RC4).
 * /O and /U are computed as the specification says, so readers recognise a real user
 * password; the content itself is left unencrypted, since tests never get past the password.
 */
export function makeEncryptedPdf(userPassword = 'secret'): Uint8Array {
  const plain = makePdf({ pages: [[{ text: 'Confidential.' }]] });
  const text = Buffer.from(plain).toString('latin1');
  const fileId = createHash('md5').update('sourcebook-fixture').digest();
  const permissions = -44;
  const owner = rc4(md5(padPassword('owner')).subarray(0, 5), padPassword(userPassword));
  const permissionBytes = Buffer.alloc(4);
  permissionBytes.writeInt32LE(permissions);
  const key = md5(Buffer.concat([padPassword(userPassword), owner, permissionBytes, fileId])).subarray(0, 5);
  const user = rc4(key, PASSWORD_PADDING);

  // Rebuild with the same objects plus an /Encrypt dictionary and a file /ID.
  const writer = new PdfWriter();
  for (const match of text.matchAll(/\d+ 0 obj\n([\s\S]*?)\nendobj\n/g)) writer.add(match[1]!);
  const encrypt = writer.add(
    `<< /Filter /Standard /V 1 /R 2 /O <${owner.toString('hex')}> /U <${user.toString('hex')}> /P ${permissions} >>`,
  );
  const id = `<${fileId.toString('hex')}>`;
  return writer.build(`/Root 1 0 R /Encrypt ${encrypt} 0 R /ID [${id} ${id}]`);
}

/** The first part of a file, as an interrupted download or copy leaves it. */
export function truncateBytes(bytes: Uint8Array, keepFraction: number): Uint8Array {
  return bytes.slice(0, Math.floor(bytes.byteLength * keepFraction));
}

/**
 * `pageCount` pages of report-like text: a heading, paragraphs of wrapped lines (one word
 * hyphenated across a line end on each page), a running header and a page-number footer.
 */
export function longPdfSpec(pageCount: number): PdfSpec {
  const pages: PdfLine[][] = [];
  for (let page = 1; page <= pageCount; page++) {
    const lines: PdfLine[] = [
      { text: 'Harbour Authority — Annual Review', size: 9, y: PAGE_HEIGHT - 40 },
      { text: `Part ${page}: findings`, size: 16, bold: true },
      { text: '' },
    ];
    for (let paragraph = 0; paragraph < 4; paragraph++) {
      for (let line = 0; line < 8; line++) {
        const words = Array.from({ length: 12 }, (_, w) => WORDS[(page * 13 + paragraph * 7 + line * 3 + w) % WORDS.length]);
        if (paragraph === 1 && line === 2) words.push('inves-');
        if (paragraph === 1 && line === 3) words[0] = 'tigation';
        lines.push({ text: words.join(' ') + (line === 7 ? '.' : '') });
      }
      lines.push({ text: '' });
    }
    lines.push({ text: String(page), size: 9, y: 40 });
    pages.push(lines);
  }
  return { title: 'Annual Review', author: 'Harbour Authority', pages };
}

const WORDS = [
  'the', 'council', 'approved', 'a', 'contract', 'for', 'dredging', 'after', 'minister', 'signed',
  'invoices', 'worth', 'millions', 'while', 'auditors', 'questioned', 'tender', 'process', 'and', 'ledger',
];

function pageContent(lines: readonly PdfLine[]): string {
  let y = PAGE_HEIGHT - MARGIN;
  const operators: string[] = [];
  for (const line of lines) {
    const size = line.size ?? BODY_SIZE;
    if (line.y !== undefined) {
      operators.push(textOperator(line, size, line.y));
      continue;
    }
    y -= size * LEADING;
    if (y < MARGIN / 2) throw new Error('makePdf: too many lines for one page');
    if (line.text !== '') operators.push(textOperator(line, size, y));
  }
  return operators.join('\n');
}

function textOperator(line: PdfLine, size: number, y: number): string {
  return `BT /${line.bold ? 'F2' : 'F1'} ${size} Tf 1 0 0 1 ${MARGIN} ${y.toFixed(2)} Tm ${pdfString(line.text)} Tj ET`;
}

function infoDictionary(spec: PdfSpec): string | undefined {
  const entries: string[] = [];
  if (spec.title !== undefined) entries.push(`/Title ${pdfTextString(spec.title)}`);
  if (spec.author !== undefined) entries.push(`/Author ${pdfTextString(spec.author)}`);
  entries.push('/Producer (Sourcebook test fixtures)');
  return `<< ${entries.join(' ')} >>`;
}

/** Characters of Windows-1252's 0x80–0x9F range, which Latin-1 leaves to control codes. */
const WIN_ANSI_EXTRAS: Record<string, number> = {
  '€': 0x80, '‚': 0x82, 'ƒ': 0x83, '„': 0x84, '…': 0x85, '†': 0x86, '‡': 0x87, 'ˆ': 0x88,
  '‰': 0x89, 'Š': 0x8a, '‹': 0x8b, 'Œ': 0x8c, 'Ž': 0x8e, '‘': 0x91, '’': 0x92, '“': 0x93,
  '”': 0x94, '•': 0x95, '–': 0x96, '—': 0x97, '˜': 0x98, '™': 0x99, 'š': 0x9a, '›': 0x9b,
  'œ': 0x9c, 'ž': 0x9e, 'Ÿ': 0x9f,
};

/**
 * A literal string in WinAnsiEncoding. Parentheses and backslashes are escaped, and every
 * byte outside printable ASCII is written as an octal escape, so the file stays 7-bit and
 * its byte offsets equal its string offsets.
 */
function pdfString(text: string): string {
  let out = '(';
  for (const char of text) {
    const code = char.codePointAt(0)!;
    const byte = code >= 0x20 && code < 0x7f ? code : code >= 0xa0 && code <= 0xff ? code : WIN_ANSI_EXTRAS[char];
    if (byte === undefined) throw new Error(`makePdf: WinAnsiEncoding has no "${char}"`);
    if (char === '(' || char === ')' || char === '\\') out += `\\${char}`;
    else if (byte < 0x20 || byte >= 0x7f) out += `\\${byte.toString(8).padStart(3, '0')}`;
    else out += char;
  }
  return `${out})`;
}

/** A text string for the info dictionary: UTF-16BE with a byte order mark, so any language fits. */
function pdfTextString(text: string): string {
  const utf16 = Buffer.from(text, 'utf16le').swap16();
  return `<FEFF${utf16.toString('hex').toUpperCase()}>`;
}

/** Collects numbered objects and writes them with a cross-reference table of exact byte offsets. */
class PdfWriter {
  private readonly bodies: Array<string | undefined> = [];

  reserve(): number {
    this.bodies.push(undefined);
    return this.bodies.length;
  }

  set(ref: number, body: string): void {
    this.bodies[ref - 1] = body;
  }

  add(body: string): number {
    this.bodies.push(body);
    return this.bodies.length;
  }

  addStream(content: string, dictionaryEntries = ''): number {
    const length = Buffer.byteLength(content, 'latin1');
    return this.add(`<< ${dictionaryEntries} /Length ${length} >>\nstream\n${content}\nendstream`);
  }

  build(trailerEntries: string): Uint8Array {
    // The comment of high bytes tells transfer tools the file is binary, as the spec advises.
    let out = '%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n';
    const offsets: number[] = [];
    this.bodies.forEach((body, i) => {
      if (body === undefined) throw new Error(`PdfWriter: object ${i + 1} was reserved but never set`);
      offsets.push(out.length);
      out += `${i + 1} 0 obj\n${body}\nendobj\n`;
    });
    const xrefOffset = out.length;
    out += `xref\n0 ${offsets.length + 1}\n0000000000 65535 f \n`;
    for (const offset of offsets) out += `${String(offset).padStart(10, '0')} 00000 n \n`;
    out += `trailer\n<< /Size ${offsets.length + 1} ${trailerEntries} >>\nstartxref\n${xrefOffset}\n%%EOF\n`;
    return new Uint8Array(Buffer.from(out, 'latin1'));
  }
}

const PASSWORD_PADDING = Buffer.from(
  '28bf4e5e4e758a4164004e56fffa01082e2e00b6d0683e802f0ca9fe6453697a',
  'hex',
);

function padPassword(password: string): Buffer {
  return Buffer.concat([Buffer.from(password, 'latin1'), PASSWORD_PADDING]).subarray(0, 32);
}

function md5(data: Buffer): Buffer {
  return createHash('md5').update(data).digest();
}

/** RC4, written out because OpenSSL 3 no longer offers it by default. */
function rc4(key: Buffer, data: Buffer): Buffer {
  const state = Array.from({ length: 256 }, (_, i) => i);
  for (let i = 0, j = 0; i < 256; i++) {
    j = (j + state[i]! + key[i % key.length]!) & 0xff;
    [state[i], state[j]] = [state[j]!, state[i]!];
  }
  const out = Buffer.alloc(data.length);
  for (let n = 0, i = 0, j = 0; n < data.length; n++) {
    i = (i + 1) & 0xff;
    j = (j + state[i]!) & 0xff;
    [state[i], state[j]] = [state[j]!, state[i]!];
    out[n] = data[n]! ^ state[(state[i]! + state[j]!) & 0xff]!;
  }
  return out;
}
