import type { Annotation } from '../../../../shared/domain/annotation';

/**
 * Says when a passage is no longer in its source's text: it is still listed (never dropped)
 * with its stored words, but the reader cannot highlight it. Moved passages say nothing: the
 * reader finds them.
 */
export function AnchorNote({ annotation }: { annotation: Annotation }) {
  if (annotation.anchor.state !== 'orphaned') return null;
  return <span className="orphan-note">No longer found in the source’s text</span>;
}
