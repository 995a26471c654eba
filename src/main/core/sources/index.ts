export { createSourceHandlers, type DatabaseProvider } from './handlers';
export { countSources, getSource, insertSource, listSources, type NewSource } from './source-repository';
export { structureMarkdown, type StructuredText } from './markdown-structure';
export { codePointLength, countWords } from './text-measures';
