export {
  fromWebAnnotations,
  type ImportedAnnotation,
  type ImportTarget,
  type SkippedAnnotation,
  type WebAnnotationImport,
} from './from-web-annotations';
export type { ImportedEntity } from './read-annotation';
export { toNewAnnotation } from './to-new-annotation';
export {
  type ExportedEntity,
  type ExportedSource,
  toWebAnnotations,
  type WebAnnotation,
  type WebAnnotationCollection,
  type WebAnnotationExportInput,
} from './to-web-annotations';
