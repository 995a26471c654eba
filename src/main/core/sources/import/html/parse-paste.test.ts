import { describe, expect, it } from 'vitest';
import { ImportRefusal } from '../types';
import { parsePaste } from './parse-paste';

describe('parsePaste', () => {
  it('reads rich HTML from a web page, titled by its first heading', () => {
    const document = parsePaste({
      html: '<meta charset="utf-8"><h2 style="font-size:2em">Port deal collapses</h2><p>The <b>mayor</b> said no.</p><script>alert(1)</script>',
      text: 'Port deal collapses\nThe mayor said no.',
    });
    expect(document.mimeType).toBe('text/html');
    expect(document.text).toBe('Port deal collapses\n\nThe mayor said no.');
    expect(document.metadata).toEqual({ title: 'Port deal collapses' });
  });

  it('reads a Word fragment without its styles, Office tags or fragment markers', () => {
    const html =
      '<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta name=Generator content="Microsoft Word 15"><style><!-- p.MsoNormal {margin:0cm;} --></style></head>' +
      '<body lang=EN-GB><!--StartFragment--><p class=MsoNormal>Dear Ms Lee,<o:p></o:p></p><p class=MsoNormal><o:p>&nbsp;</o:p></p>' +
      '<p class=MsoNormal>The contract was signed on 3 March. We have the minutes.<o:p></o:p></p><!--EndFragment--></body></html>';
    const document = parsePaste({ html });
    expect(document.text).toBe('Dear Ms Lee,\n\nThe contract was signed on 3 March. We have the minutes.');
    expect(document.text).not.toMatch(/Mso|StartFragment|margin/);
    expect(document.metadata.title).toBe('Dear Ms Lee,');
  });

  it('reads a Google Docs fragment', () => {
    const html =
      '<meta charset="utf-8"><b style="font-weight:normal;" id="docs-internal-guid-1234"><p dir="ltr" style="line-height:1.38"><span style="font-size:11pt">First line of the memo.</span></p>' +
      '<br><p dir="ltr"><span>Second paragraph.</span></p></b>';
    expect(parsePaste({ html }).text).toBe('First line of the memo.\n\nSecond paragraph.');
  });

  it('titles untitled text by its first sentence, cut at a word near 80 characters', () => {
    const document = parsePaste({
      html: '<p>The harbour authority awarded the dredging contract to Halden Marine AS in March, eleven days after the tender closed. More follows.</p>',
    });
    expect(document.metadata.title).toBe('The harbour authority awarded the dredging contract to Halden Marine AS in…');
    expect(parsePaste({ html: '<p>The harbour authority awarded the dredging contract to Halden Marine AS in May now. Next.</p>' }).metadata.title).toBe(
      'The harbour authority awarded the dredging contract to Halden Marine AS in May…',
    );
    expect(parsePaste({ text: 'Short one. Then more.' }).metadata.title).toBe('Short one');
  });

  it('falls back to the plain text when the HTML has none, and reads it like a text file', () => {
    const document = parsePaste({ html: '<img src="x.png">', text: 'Notes from the call\r\n\r\nShe said “no”.\r\nTwice.' });
    expect(document.mimeType).toBe('text/plain');
    expect(document.text).toBe('Notes from the call\n\nShe said “no”.\nTwice.');
    expect(document.metadata).toEqual({ title: 'Notes from the call' });
  });

  it('refuses an empty paste', () => {
    for (const paste of [{}, { html: '  ', text: '\n' }, { html: '<img src="x.png"><br>' }]) {
      expect(() => parsePaste(paste)).toThrow(ImportRefusal);
      try {
        parsePaste(paste);
      } catch (error) {
        expect((error as ImportRefusal).reason).toBe('empty');
      }
    }
  });
});
