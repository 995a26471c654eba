import type { TextBlock } from '../../../../../shared/domain/source';
import type { KindMetrics, TypeMetrics } from './height-estimate';
import { LIST_CLASS } from '../reader-theme';

/** Ordinary English prose, for measuring how many characters a line holds. */
const SAMPLE =
  'The memo is the company’s most detailed response yet to an open letter, signed last week by ' +
  'employees, which argued that the contract broke a commitment the company made when its then ' +
  'chief executive cancelled an earlier agreement with the same agency. That earlier deal, a pilot ' +
  'to help the agency sort the travellers who pass through its busiest land crossings each year, ' +
  'had been signed in the spring. He ended it months later, after employees learned of the plan.';

const KINDS: TextBlock['kind'][] = ['paragraph', 'heading', 'blockquote', 'list-item'];

/**
 * Measures the reader's type in place: each kind of block is set once with one line and once
 * with a long sample, inside `host` (so it inherits the reader's width and styles) and out of
 * sight. Reading it back is one layout, done once per reader.
 */
export function measureType(host: HTMLElement, classFor: (kind: TextBlock['kind']) => string): TypeMetrics {
  const probe = host.ownerDocument.createElement('div');
  probe.setAttribute('aria-hidden', 'true');
  probe.style.cssText = 'position:absolute;left:0;right:0;top:0;visibility:hidden;pointer-events:none;';
  const pairs = KINDS.map((kind) => {
    const make = (text: string) => {
      const element = host.ownerDocument.createElement(tagOf(kind));
      element.className = classFor(kind);
      element.textContent = text;
      return element;
    };
    const short = make('x');
    const long = make(SAMPLE);
    // A list item sits in a list, as it does in the reader.
    const wrap = (element: HTMLElement) => (kind === 'list-item' ? listOf(host, element) : element);
    probe.append(wrap(short), wrap(long));
    return { kind, short, long };
  });
  host.append(probe);
  try {
    return Object.fromEntries(pairs.map(({ kind, short, long }) => [kind, metricsOf(short, long)])) as TypeMetrics;
  } finally {
    probe.remove();
  }
}

function metricsOf(short: HTMLElement, long: HTMLElement): KindMetrics {
  const lineHeight = short.getBoundingClientRect().height || 1;
  const lines = Math.max(1, Math.round(long.getBoundingClientRect().height / lineHeight));
  const style = getComputedStyle(short);
  const margin = parseFloat(style.marginTop) + parseFloat(style.marginBottom);
  return { lineHeight, charsPerLine: SAMPLE.length / lines, margin: Number.isFinite(margin) ? margin : 0 };
}

function tagOf(kind: TextBlock['kind']): string {
  return { paragraph: 'p', heading: 'h2', blockquote: 'blockquote', 'list-item': 'li' }[kind];
}

function listOf(host: HTMLElement, item: HTMLElement): HTMLElement {
  const list = host.ownerDocument.createElement('ul');
  list.className = LIST_CLASS;
  list.append(item);
  return list;
}
