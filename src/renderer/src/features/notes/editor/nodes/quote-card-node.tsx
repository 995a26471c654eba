import { $applyNodeReplacement, $getDocument, $getState, $setState, createState, DecoratorNode, type LexicalNode, type NodeKey } from 'lexical';
import type { JSX } from 'react';
import { QuoteCard } from '../../embeds/QuoteCard';

const positiveId = (value: unknown) => (typeof value === 'number' && Number.isSafeInteger(value) && value > 0 ? value : 0);
const text = (limit: number) => (value: unknown) => (typeof value === 'string' ? value.slice(0, limit) : '');

/** The quote annotation cited, by id; the card reads it afresh each time it is shown. */
const annotationIdState = createState('annotationId', { parse: positiveId });
/** The source it is in: where the card opens even when the quote has been removed. */
const sourceIdState = createState('sourceId', { parse: positiveId });
/** What the card said when inserted, kept for the note's plain text and for a quote since removed. */
const quoteState = createState('quote', { parse: text(20_000) });
const citationState = createState('citation', { parse: text(1_000) });

export interface QuoteCardSnapshot {
  annotationId: number;
  sourceId: number;
  /** The quoted words. */
  quote: string;
  /** "Speaker, Source title, date", as the plain text of the note shows it. */
  citation: string;
}

/**
 * A quote from a source, embedded in a note as a card: the quoted words, who said them, when,
 * and where, with a link that opens the source at the span. Stored as
 * `{"type":"quote-card","annotationId":…,"sourceId":…,"quote":"…","citation":"…"}`.
 */
export class QuoteCardNode extends DecoratorNode<JSX.Element> {
  override $config() {
    return this.config('quote-card', {
      extends: DecoratorNode,
      stateConfigs: [annotationIdState, sourceIdState, quoteState, citationState].map((stateConfig) => ({ stateConfig, flat: true })),
    });
  }

  snapshot(): QuoteCardSnapshot {
    return {
      annotationId: $getState(this, annotationIdState),
      sourceId: $getState(this, sourceIdState),
      quote: $getState(this, quoteState),
      citation: $getState(this, citationState),
    };
  }

  override createDOM(): HTMLElement {
    const host = $getDocument().createElement('div');
    host.className = 'note-quote-card-host';
    return host;
  }

  override updateDOM(): false {
    return false;
  }

  override isInline(): false {
    return false;
  }

  override getTextContent(): string {
    const { quote, citation } = this.snapshot();
    return citation ? `${quote} — ${citation}` : quote;
  }

  override decorate(): JSX.Element {
    return <QuoteCard nodeKey={this.getKey() as NodeKey} snapshot={this.snapshot()} />;
  }
}

export function $createQuoteCardNode(snapshot: QuoteCardSnapshot): QuoteCardNode {
  let node = new QuoteCardNode();
  node = $setState(node, annotationIdState, snapshot.annotationId);
  node = $setState(node, sourceIdState, snapshot.sourceId);
  node = $setState(node, quoteState, snapshot.quote);
  node = $setState(node, citationState, snapshot.citation);
  return $applyNodeReplacement(node);
}

export function $isQuoteCardNode(node: LexicalNode | null | undefined): node is QuoteCardNode {
  return node instanceof QuoteCardNode;
}
