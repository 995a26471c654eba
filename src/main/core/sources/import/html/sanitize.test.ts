import { describe, expect, it } from 'vitest';
import { sanitizeHtml, structureSanitizedHtml } from './sanitize';

describe('sanitizeHtml', () => {
  it('keeps text structure and http(s)/mailto links, nothing else', () => {
    expect(
      sanitizeHtml('<p class="lead" id="x" data-id="1" style="color:red">A <a href="https://example.com/a" target="_blank" rel="noopener">link</a> and <a href="/relative">another</a>.</p>'),
    ).toBe('<p>A <a href="https://example.com/a">link</a> and <a>another</a>.</p>');
  });

  it('drops the head of a whole document', () => {
    const clean = sanitizeHtml('<html><head><title>T</title><style>p{}</style><meta charset="utf-8"></head><body><p>Body.</p></body></html>');
    expect(clean).toBe('<p>Body.</p>');
  });

  it('drops hidden elements with their text, before their attributes are stripped', () => {
    const clean = sanitizeHtml('<p>Seen.</p><p hidden>Hidden.</p><span style="display:none !important">Gone.</span><p aria-hidden="true">Decorative but visible.</p>');
    expect(clean).toBe('<p>Seen.</p><p>Decorative but visible.</p>');
  });

  it('drops controls and navigation with their labels, keeps the text of unknown wrappers', () => {
    const clean = sanitizeHtml('<nav><a href="https://x.example">Home</a></nav><button>Share</button><select><option>Norway</option></select><font face="Arial">Kept.</font>');
    expect(clean).toBe('Kept.');
  });
});

describe('structureSanitizedHtml', () => {
  it('keeps old and collapsible block elements apart', () => {
    expect(structureSanitizedHtml('<center>One</center><center>Two</center><details open ontoggle="x()"><summary>More</summary>Hidden text</details>').text).toBe(
      'One\n\nTwo\n\nMore\n\nHidden text',
    );
  });

  it('reads a Word clipboard fragment without its styles, comments or Office tags', () => {
    const word =
      '<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta charset="utf-8"><style>p.MsoNormal{margin:0}</style></head>' +
      '<body><!--StartFragment--><p class=MsoNormal>First <b>para</b>.<o:p></o:p></p><p class=MsoNormal><o:p>&nbsp;</o:p></p>' +
      '<p class=MsoNormal>Second.<o:p></o:p></p><!--EndFragment--></body></html>';
    expect(structureSanitizedHtml(word).text).toBe('First para.\n\nSecond.');
  });
});
