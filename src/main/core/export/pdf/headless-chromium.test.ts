import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { findChromium } from './find-chromium';
import { printWithHeadlessChromium } from './headless-chromium';
import { pdfText } from './pdf-text.test-support';

describe('printing with headless Chromium (server mode)', () => {
  it('finds the system’s Chromium, or the one CHROMIUM_PATH names, and nothing that is not there', () => {
    // Debian's Chromium, where the test machines have it (ARCHITECTURE.md).
    expect(existsSync('/usr/bin/chromium'), 'apt-get install chromium').toBe(true);
    expect(findChromium({}, 'linux')).toBe('/usr/bin/chromium');
    expect(findChromium({ CHROMIUM_PATH: '/usr/bin/chromium' }, 'linux')).toBe('/usr/bin/chromium');
    expect(findChromium({ CHROMIUM_PATH: '/nowhere/chrome' }, 'linux')).toBeNull();
    expect(findChromium({}, 'aix')).toBeNull();
  });

  it('prints a page to a PDF whose text reads back', async () => {
    // The test machine's Chromium is Debian's (ARCHITECTURE.md); without it, say what to install.
    expect(findChromium(), 'Install Chromium (apt-get install chromium) or set CHROMIUM_PATH').not.toBeNull();
    const pdf = await printWithHeadlessChromium('<!doctype html><meta charset="utf-8"><h1>Fact-check</h1><p>Škoda in Zürich</p>');
    expect(new TextDecoder().decode(pdf.slice(0, 5))).toBe('%PDF-');
    expect((await pdfText(pdf)).text).toMatch(/Fact-check\s*Škoda in Zürich/);
  });

  it('says plainly when there is no browser to print with, or it cannot start', async () => {
    await expect(printWithHeadlessChromium('<p>x</p>', { executable: null })).rejects.toThrow(/Printing to PDF needs Chromium, Chrome or Edge, and none was found/);
    await expect(printWithHeadlessChromium('<p>x</p>', { executable: '/nowhere/chromium' })).rejects.toThrow(/Chromium could not be started \(\/nowhere\/chromium\)/);
    await expect(printWithHeadlessChromium('<p>x</p>', { executable: '/bin/false' })).rejects.toThrow(/Chromium could not print the PDF \(exit code 1\)/);
  });

  it('stops the browser and says so when the export is cancelled', async () => {
    const controller = new AbortController();
    const printing = printWithHeadlessChromium('<p>x</p>', { signal: controller.signal });
    controller.abort();
    await expect(printing).rejects.toMatchObject({ code: 'CANCELLED', message: 'The PDF export was cancelled; no file was written.' });
    await expect(printWithHeadlessChromium('<p>x</p>', { signal: controller.signal })).rejects.toMatchObject({ code: 'CANCELLED' });
  });
});
