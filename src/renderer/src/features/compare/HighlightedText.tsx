import type { StatementHighlightsView } from '../../../../shared/domain/comparison';
import { figureTitle, segmentText } from './segments';

/**
 * A statement's words with what its row shares marked: shared words underlined on a soft tint,
 * figures boxed, those that differ in amber with a ≠ (those that agree with an =, drawn by the
 * style sheet so copied words stay clean), so colour is never the only cue.
 */
export function HighlightedText(props: { text: string; highlights: StatementHighlightsView | null }) {
  return (
    <>
      {segmentText(props.text, props.highlights).map((segment, index) =>
        segment.figure ? (
          <mark key={index} className={`cmp-figure cmp-figure-${segment.figure.status}`} data-status={segment.figure.status} title={figureTitle(segment.figure)}>
            {segment.text}
          </mark>
        ) : segment.shared ? (
          <mark key={index} className={`cmp-shared cmp-shared-${segment.shared}`} title={segment.shared === 'all' ? 'Every statement of this row has this word' : 'Another statement of this row has this word'}>
            {segment.text}
          </mark>
        ) : (
          <span key={index}>{segment.text}</span>
        ),
      )}
    </>
  );
}
