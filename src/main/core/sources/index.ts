export { createSourceHandlers, type DatabaseProvider } from './handlers';
export { createImportHandlers } from './import-handlers';
export { lazyInProcessParser, type DocumentParser } from './import/document-parser';
export { WorkerParser } from './import/worker/worker-parser';
export { countSources, getSource, insertSource, listSources, type NewSource } from './source-repository';
export { structureMarkdown } from './import/text/markdown-structure';
export type { StructuredText } from './import/types';
export { codePointLength, countWords } from './text-measures';
