import type { TextBlock } from '../../../../../shared/domain/source';
import { StructuredTextBuilder } from '../structured-text';
import type { StructuredText } from '../types';

/** The little of the DOM this walk needs, so it works on any DOM (jsdom here) without DOM types. */
export interface DomNodeLike {
  readonly nodeType: number;
  readonly nodeName: string;
  readonly childNodes: ArrayLike<DomNodeLike>;
  readonly nodeValue: string | null;
  getAttribute?(name: string): string | null;
}

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;

const HEADING = /^H([1-6])$/;
/** Elements whose content is never text a reporter reads. */
const SKIPPED = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'HEAD', 'TITLE', 'SVG', 'MATH', 'IFRAME', 'OBJECT',
  'EMBED', 'CANVAS', 'VIDEO', 'AUDIO', 'SELECT', 'BUTTON', 'INPUT', 'TEXTAREA', 'NAV',
]);
/** Elements that end the text before them and start a new block. */
const BLOCK_LEVEL = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'BODY', 'CAPTION', 'CENTER', 'DD', 'DETAILS', 'DIV', 'DL', 'DT', 'LEGEND',
  'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER',
  'HGROUP', 'HR', 'HTML', 'LI', 'MAIN', 'OL', 'P', 'PRE', 'SECTION', 'SUMMARY', 'TABLE', 'TBODY',
  'TFOOT', 'THEAD', 'TR', 'UL',
]);

interface Context {
  kind: TextBlock['kind'];
  level?: number;
  /** Inside `<pre>`, line breaks in the source are the text's own. */
  preformatted?: boolean;
}

/** Source whitespace in HTML, which renders as one space (never U+00A0, which is content). */
const HTML_WHITESPACE = /[ \t\n\r\f]+/g;
const HIDING_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\s*(?:!important\s*)?(?:;|$)/i;

/**
 * The canonical text of an HTML fragment or document: headings, paragraphs, block quotes and
 * list items become blocks; inline markup disappears; `<br>` is a line break inside a block;
 * table cells of a row share a block. The DOM is expected to be sanitized already; scripts,
 * styles and form controls are skipped here too, as a second line of defence.
 */
export function structureDom(root: DomNodeLike): StructuredText {
  const builder = new StructuredTextBuilder();
  let buffer = '';
  let bufferContext: Context = { kind: 'paragraph' };

  const flush = () => {
    builder.add(bufferContext.kind, buffer, bufferContext.level);
    buffer = '';
  };

  const visit = (node: DomNodeLike, context: Context) => {
    if (node.nodeType === TEXT_NODE) {
      const value = node.nodeValue ?? '';
      if (buffer.trim() === '') bufferContext = context;
      buffer += context.preformatted ? value : value.replace(HTML_WHITESPACE, ' ');
      return;
    }
    if (node.nodeType !== ELEMENT_NODE && node.nodeType !== 9 && node.nodeType !== 11) return;
    const name = node.nodeName.toUpperCase();
    if (SKIPPED.has(name) || isHidden(node)) return;
    if (name === 'BR') {
      buffer += '\n';
      return;
    }
    const isBlock = BLOCK_LEVEL.has(name);
    if (isBlock) flush();
    const childContext = contextFor(name, context);
    const children = node.childNodes;
    for (let i = 0; i < children.length; i++) {
      visit(children[i]!, childContext);
      // Cells of one row stay in one block, apart.
      if ((name === 'TR' && i < children.length - 1) || name === 'TD' || name === 'TH') buffer += ' ';
    }
    if (isBlock) flush();
  };

  visit(root, { kind: 'paragraph' });
  flush();
  return builder.build();
}

function contextFor(name: string, parent: Context): Context {
  const preformatted = parent.preformatted || name === 'PRE' || undefined;
  const heading = HEADING.exec(name);
  if (heading) return { kind: 'heading', level: Number(heading[1]), preformatted };
  if (name === 'LI') return { kind: 'list-item', preformatted };
  if (name === 'BLOCKQUOTE') return { kind: 'blockquote', preformatted };
  // Table cells and the like inside a quote or a list item stay in it.
  return preformatted === parent.preformatted ? parent : { ...parent, preformatted };
}

/**
 * What a reader of the page never saw is not part of its text. Sanitized HTML has lost these
 * attributes already (sanitize.ts drops such elements first); this guards unsanitized callers.
 */
export function isHidden(node: Pick<DomNodeLike, 'getAttribute'>): boolean {
  const hidden = node.getAttribute?.('hidden');
  if (hidden != null && hidden.toLowerCase() !== 'until-found') return true;
  return HIDING_STYLE.test(node.getAttribute?.('style') ?? '');
}
