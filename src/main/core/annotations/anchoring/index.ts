export { anchorAll, anchorSpan, type Anchor } from './anchor-span';
export { type CodePointIndex, indexCodePoints } from './code-point-index';
export { MIN_SIMILARITY } from './find-fuzzy-quote';
export { indexText, type IndexedText } from './indexed-text';
export { spanAt } from './span-at';
