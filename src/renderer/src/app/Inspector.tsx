import { FactCheckInspector } from '../features/fact-check/FactCheckInspector';
import { useFactCheckSelection } from '../features/fact-check/fact-check-selection';
import { SourceInspector } from '../features/sources/SourceInspector';
import { useSuggestionReview } from '../features/suggestions/suggestion-review';
import { SuggestionList } from '../features/suggestions/SuggestionList';
import { SuggestionPanel } from '../features/suggestions/SuggestionPanel';
import { AnnotationInspector } from '../features/tagging/AnnotationInspector';
import { AnnotationList } from '../features/tagging/AnnotationList';
import { useTagging } from '../features/tagging/tagging-context';
import { TimelineInspector } from '../features/timeline/TimelineInspector';
import { useTimelineSelection } from '../features/timeline/timeline-selection';
import { DescriptionField } from './DescriptionField';
import { sourceRouteTarget, type Route } from './route';
import { useWorkspace } from './workspace';

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/**
 * The right-hand panel shows whatever is selected and is where it is edited. With nothing
 * selected it shows the investigation itself: its file, and a description the reporter keeps.
 */
export function Inspector({ route }: { route: Route }) {
  const { investigation } = useWorkspace();
  const { selected } = useTagging();
  const review = useSuggestionReview();
  const timeline = useTimelineSelection();
  const factCheck = useFactCheckSelection();
  if (!investigation) return <aside className="inspector" aria-label="Inspector" />;
  if (route.view === 'timeline' && timeline.panel) {
    return (
      <aside className="inspector" aria-label="Inspector">
        <TimelineInspector />
      </aside>
    );
  }
  if (route.view === 'factcheck' && factCheck.openId !== null) {
    return (
      <aside className="inspector" aria-label="Inspector">
        <FactCheckInspector />
      </aside>
    );
  }
  const sourceId = route.view === 'sources' ? sourceRouteTarget(route.rest).sourceId : null;
  if (sourceId !== null) {
    return (
      <aside className="inspector" aria-label="Inspector">
        {selected && selected.sourceId === sourceId ? (
          <AnnotationInspector
            key={selected.annotationId}
            annotationId={selected.annotationId}
            sourceId={sourceId}
            takeFocus={review.focusAnnotationId === selected.annotationId}
            onFocusTaken={review.consumeFocus}
          />
        ) : review.selected && review.selected.sourceId === sourceId ? (
          <SuggestionPanel sourceId={sourceId} />
        ) : (
          <>
            <SuggestionList sourceId={sourceId} />
            <AnnotationList sourceId={sourceId} />
            <SourceInspector key={sourceId} id={sourceId} />
          </>
        )}
      </aside>
    );
  }
  return (
    <aside className="inspector" aria-label="Inspector">
      <h2 className="inspector-heading">Investigation</h2>
      {/* Keyed by file: another investigation starts a fresh field, with nothing pending. */}
      <DescriptionField key={investigation.path} stored={investigation.description} />
      <dl className="facts">
        <dt>File</dt>
        <dd className="path" title={investigation.path}>
          {investigation.path}
        </dd>
        <dt>Created</dt>
        <dd>{dateFormat.format(new Date(investigation.createdAt))}</dd>
        <dt>Sources</dt>
        <dd>{investigation.sourceCount}</dd>
        <dt>File format</dt>
        <dd>version {investigation.schemaVersion}</dd>
      </dl>
    </aside>
  );
}
