import createDOMPurify, { type DOMPurify } from 'dompurify';
import { JSDOM, VirtualConsole } from 'jsdom';
import { isHidden, structureDom, type DomNodeLike } from './html-structure';
import type { StructuredText } from '../types';

/**
 * A jsdom window that never runs a script and never fetches anything: jsdom's defaults, but
 * stated here because the whole safety of importing HTML rests on them. Its console goes
 * nowhere: a hostile page's broken CSS is not worth a line in the app's log.
 */
export function inertWindow(html: string, url = 'about:blank') {
  return new JSDOM(html, {
    url,
    contentType: 'text/html',
    runScripts: undefined,
    resources: undefined,
    virtualConsole: new VirtualConsole(),
  }).window;
}

const ALLOWED_TAGS = [
  'p', 'div', 'span', 'br', 'hr', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'q', 'cite',
  'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'pre', 'code', 'em', 'i', 'strong', 'b', 'u', 's', 'sub',
  'sup', 'small', 'mark', 'abbr', 'time', 'address', 'article', 'section', 'header', 'footer',
  'main', 'aside', 'figure', 'figcaption', 'table', 'thead', 'tbody', 'tfoot', 'tr', 'td', 'th',
  'caption', 'a', 'details', 'summary', 'center', 'fieldset', 'legend', 'hgroup',
];
/**
 * Elements removed with their text, on top of DOMPurify's own list (script, style, template,
 * noscript, svg, math…): controls and menus whose labels ("Share", "Subscribe", a country
 * picker) are not what a page says.
 */
const FORBIDDEN_CONTENTS = ['button', 'select', 'option', 'optgroup', 'datalist', 'textarea', 'nav', 'object', 'embed', 'canvas', 'dialog', 'menu'];

let purifier: DOMPurify | undefined;

/** One DOMPurify for the process, on an inert window of its own, with the hiding rule hooked in. */
function getPurifier(): DOMPurify {
  if (purifier) return purifier;
  const purify = createDOMPurify(inertWindow('') as unknown as Parameters<typeof createDOMPurify>[0]);
  // Text a reader never saw (display:none, [hidden]) is dropped with its element before
  // DOMPurify strips the attributes that said so. Not aria-hidden: it hides from screen readers
  // only, and modal dialogs set it on the whole page behind them.
  purify.addHook('beforeSanitizeElements', (node) => {
    const element = node as unknown as { nodeType: number; getAttribute(name: string): string | null; remove(): void };
    if (element.nodeType !== 1) return;
    if (isHidden(element)) element.remove();
  });
  purifier = purify;
  return purify;
}

/**
 * Imported HTML is hostile: DOMPurify (on its own inert jsdom window) keeps only text
 * structure and harmless inline markup. No scripts, handlers, frames, forms, styles, images or
 * links to elsewhere survive, so nothing can run and nothing can reveal that a page was opened.
 * A whole document may be given: what is in its `<head>` (title, styles, meta) is dropped.
 */
export function sanitizeHtml(html: string): string {
  return getPurifier().sanitize(html, { ...SANITIZE_OPTIONS, RETURN_DOM: false, RETURN_DOM_FRAGMENT: false });
}

const SANITIZE_OPTIONS = {
  ALLOWED_TAGS,
  ALLOWED_ATTR: ['href', 'title', 'datetime', 'lang', 'dir'],
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
  ALLOWED_URI_REGEXP: /^(?:https?:|mailto:|#)/i,
  ADD_FORBID_CONTENTS: FORBIDDEN_CONTENTS,
  WHOLE_DOCUMENT: false,
};

/**
 * Sanitizes an HTML fragment and returns its canonical text (the path articles, DOCX and
 * paste take). The sanitized DOM is walked as DOMPurify leaves it, in DOMPurify's own inert
 * window, rather than serialized and parsed a second time.
 */
export function structureSanitizedHtml(html: string): StructuredText {
  const fragment = getPurifier().sanitize(html, { ...SANITIZE_OPTIONS, RETURN_DOM_FRAGMENT: true });
  return structureDom(fragment as unknown as DomNodeLike);
}
