import { describe, expect, it } from 'vitest';
import { parseHtml } from './parse-html';
import { parsePaste } from './parse-paste';
import { inertWindow, sanitizeHtml } from './sanitize';
import { TRACKER_HOST, XSS_FIXTURE_PARAGRAPHS, XSS_PAYLOADS, XSS_PAYLOADS_BY_NAME, XSS_SIGNAL, xssFixturePage } from './xss-payloads.fixture';

const ACTIVE_ELEMENTS = new Set([
  'script', 'iframe', 'frame', 'object', 'embed', 'param', 'form', 'input', 'button', 'img', 'picture', 'source', 'svg',
  'math', 'style', 'link', 'meta', 'base', 'video', 'audio', 'track', 'template', 'noscript', 'textarea', 'title', 'xmp', 'marquee',
]);
const LOADING_ATTRIBUTES = new Set(['style', 'src', 'srcset', 'srcdoc', 'action', 'formaction', 'poster', 'background', 'data', 'ping', 'xlink:href', 'id', 'name']);
const SAFE_HREF = /^(?:https?:|mailto:|#)/i;

/** Everything in sanitized HTML that could run or load, parsed as a browser would parse it. */
function dangersIn(clean: string): string[] {
  const window = inertWindow(`<!doctype html><body>${clean}</body>`);
  const dangers: string[] = [];
  for (const element of window.document.body.querySelectorAll('*')) {
    const tag = element.localName;
    if (ACTIVE_ELEMENTS.has(tag) || element.namespaceURI !== 'http://www.w3.org/1999/xhtml') dangers.push(`<${tag}>`);
    for (const attribute of element.attributes) {
      const name = attribute.name.toLowerCase();
      if (name.startsWith('on') || LOADING_ATTRIBUTES.has(name)) dangers.push(`${tag}[${name}]`);
      if (name === 'href' && !SAFE_HREF.test(attribute.value.replace(/[\u0000-\u0020]/g, ''))) dangers.push(`${tag}[href=${attribute.value}]`);
    }
  }
  window.close();
  return dangers;
}

describe('XSS payloads', () => {
  it('are many and varied', () => {
    expect(XSS_PAYLOADS.length).toBeGreaterThanOrEqual(25);
  });

  it.each(Object.entries(XSS_PAYLOADS_BY_NAME))('sanitizeHtml leaves nothing of "%s" that can run or load', (_, payload) => {
    const clean = sanitizeHtml(payload);
    expect(dangersIn(clean)).toEqual([]);
    expect(clean).not.toMatch(/\son\w+\s*=|javascript:|vbscript:|data:|tracker\.invalid|__xss\s*=/i);
  });

  // Text after a payload may be lost (a malformed <noscript> swallows the rest of a fragment);
  // what matters is that nothing of the payload reaches the text.
  it.each(Object.entries(XSS_PAYLOADS_BY_NAME))('a paste of "%s" gives text with nothing of the payload', (_, payload) => {
    const { text } = parsePaste({ html: `<p>Before.</p>${payload}<p>After.</p>` });
    expect(text.startsWith('Before.')).toBe(true);
    expect(text).not.toContain(XSS_SIGNAL);
    expect(text).not.toContain(TRACKER_HOST);
    expect(text).not.toMatch(/<\s*(?:script|img|svg|iframe|style)|on\w+\s*=|javascript:/i);
  });
});

describe('parseHtml on the XSS fixture page', () => {
  const document = parseHtml(new TextEncoder().encode(xssFixturePage()), { fileName: 'xss.html' });

  it('keeps the prose', () => {
    for (const paragraph of XSS_FIXTURE_PARAGRAPHS) expect(document.text).toContain(paragraph);
  });

  it('keeps none of the payloads, not even as text', () => {
    expect(document.text).not.toContain(XSS_SIGNAL);
    expect(document.text).not.toContain(TRACKER_HOST);
    expect(document.text).not.toMatch(/<\s*(?:script|img|svg|iframe|style)|on\w+\s*=|javascript:/i);
  });

  it('takes its title from the page, not from anything injected', () => {
    expect(document.metadata.title).toBe('Council reopens ferry contract inquiry');
    expect(document.metadata.url).toBeUndefined();
  });
});
