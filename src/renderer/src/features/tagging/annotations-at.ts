import type { Annotation } from '../../../../shared/domain/annotation';

/** The placed annotations covering a code-point offset, innermost (shortest) first. */
export function annotationsAt(annotations: readonly Annotation[], offset: number): Annotation[] {
  return annotations
    .filter((annotation) => annotation.anchor.state !== 'orphaned' && annotation.anchor.start <= offset && offset < annotation.anchor.end)
    .sort((a, b) => a.anchor.end - a.anchor.start - (b.anchor.end - b.anchor.start));
}
