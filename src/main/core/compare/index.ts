// The Compare view's logic: plain data in, plain data out, no database. The services that load
// statements and facts from an investigation (and save comparisons) are built on top of these;
// createCompareHandlers is their entry for the contract.
export { createCompareHandlers } from './handlers';
export { alignColumns, compareStatements, DEFAULT_SIMILARITY_THRESHOLD } from './align';
export { describePairing } from './describe-pairing';
export { findDiscrepancies, type Discrepancy, type SharedContext } from './discrepancies';
export { findFigures, formatFigure, sameValue, type Figure, type FigureKind, type FigureValue } from './figures';
export { highlightRow, type HighlightedFigure, type SharedWord, type StatementHighlights } from './highlight';
export { sentenceAround, type FactSubject, type SourceFact } from './source-fact';
export type { AlignedRow, Alignment, AlignmentInput, IgnoredPin, PairingReason, PinnedRow, RowLink, Statement, StatementId } from './statement';
export { buildTermWeights, cosine, vectorize, Vocabulary, type TermVector, type TermWeights } from './tf-idf';
export { terms, tokenize, type Token } from './tokenize';
