/**
 * WHATWG's windows-1252 for bytes 0x80–0x9F, where it differs from ISO-8859-1: the curly
 * quotes, dashes, ellipsis and euro sign of every old Word document and web page.
 */
const HIGH_CONTROLS_TO_WINDOWS_1252 = [
  0x20ac, 0x0081, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0x008d,
  0x017d, 0x008f, 0x0090, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a,
  0x0153, 0x009d, 0x017e, 0x0178,
];

/**
 * Decodes windows-1252 by the WHATWG table. Not left to TextDecoder: Node 20.18.3 and later
 * decode it as ISO-8859-1 (nodejs/node#60888), turning “quotes” into invisible C1 controls.
 */
export function decodeWindows1252(bytes: Uint8Array): string {
  let text = '';
  const CHUNK = 8192;
  for (let start = 0; start < bytes.length; start += CHUNK) {
    const chunk = bytes.subarray(start, start + CHUNK);
    const codes = new Array<number>(chunk.length);
    for (let i = 0; i < chunk.length; i++) {
      const byte = chunk[i]!;
      codes[i] = byte >= 0x80 && byte <= 0x9f ? HIGH_CONTROLS_TO_WINDOWS_1252[byte - 0x80]! : byte;
    }
    text += String.fromCharCode(...codes);
  }
  return text;
}
