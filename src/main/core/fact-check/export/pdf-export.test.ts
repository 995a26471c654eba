import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { blockText } from '../../export/document';
import { writeHtmlDocument } from '../../export/html-document';
import { printWithHeadlessChromium } from '../../export/pdf/headless-chromium';
import { pdfText } from '../../export/pdf/pdf-text.test-support';
import { exportFactCheckFile } from './export-file';
import { factCheckMemo } from './memo';
import { exportFixture, NON_LATIN } from './test-support';

/** Text as a PDF's reader sees it once layout is set aside: line wrapping, bullets and spacing removed. */
const squeeze = (text: string) => text.replace(/[\s•]+/g, '');

/** Whether a font on this machine draws these characters: without one Chromium prints blanks, and no PDF can carry them. */
function fontCovers(codePoint: number): boolean {
  try {
    return execFileSync('fc-list', [`:charset=${codePoint.toString(16)}`, 'family'], { encoding: 'utf8' }).trim() !== '';
  } catch {
    return false;
  }
}

describe('the PDF export (the memo printed by headless Chromium)', () => {
  it('reads back (pdf.js) with the memo’s text: every quote, position, verdict, note and source hash', async () => {
    const data = await exportFixture();
    const file = await exportFactCheckFile(data, 'pdf', (html) => printWithHeadlessChromium(html));
    expect(file).toMatchObject({ fileName: 'Investigation fact-check.pdf', mimeType: 'application/pdf', encoding: 'base64' });
    const { text } = await pdfText(new Uint8Array(Buffer.from(file.content, 'base64')));
    const expected = factCheckMemo(data).blocks.map(blockText).join('');
    expect(squeeze(text)).toBe(squeeze(expected));
  });

  it('carries text in every script and emoji, given fonts that draw them', async () => {
    for (const word of NON_LATIN) {
      expect(fontCovers(word.codePointAt(0)!), `No font on this machine draws “${word}”: on Debian, apt-get install fonts-droid-fallback fonts-symbola`).toBe(true);
    }
    const { text } = await pdfText(await printWithHeadlessChromium(writeHtmlDocument(factCheckMemo(await exportFixture()))));
    for (const word of NON_LATIN) expect(text).toContain(word);
  });

  it('says so when this copy of Sourcebook has nothing to print with', async () => {
    await expect(exportFactCheckFile(await exportFixture(), 'pdf')).rejects.toThrow('This copy of Sourcebook cannot print to PDF');
  });
});
