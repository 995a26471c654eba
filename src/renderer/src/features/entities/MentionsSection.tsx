import { QUOTE_CONTEXT_LENGTH, type Annotation } from '../../../../shared/domain/annotation';
import type { Entity } from '../../../../shared/domain/entity';
import { AnchorNote } from './AnchorNote';
import { AnnotationLink } from './AnnotationLink';
import { groupBySource } from './entity-appearances';
import { SourceTitleLink } from './SourceTitleLink';
import { SpanContext } from './SpanContext';

/** Every place the entity is tagged, source by source, each in its sentence and linked to it. */
export function MentionsSection({ entity, mentions, titleOf }: { entity: Entity; mentions: Annotation[]; titleOf(sourceId: number): string }) {
  const groups = groupBySource(mentions, titleOf);
  return (
    <section className="entity-section" aria-labelledby="entity-mentions-heading">
      <h2 id="entity-mentions-heading" className="entity-section-heading">
        Mentions <span className="view-count">{mentions.length}</span>
      </h2>
      {groups.length === 0 ? (
        <p className="hint">
          Nothing is tagged as “{entity.name}” yet. Select its name in a source and tag it, or find the places that name it
          with <strong>Find unlinked mentions</strong>.
        </p>
      ) : (
        groups.map((group) => (
          <div key={group.sourceId} className="mention-group">
            <h3 className="mention-source">
              <SourceTitleLink sourceId={group.sourceId} title={group.title} />
              <span className="view-count">{group.annotations.length}</span>
            </h3>
            <ul className="mention-list" aria-label={`Mentions in ${group.title}`}>
              {group.annotations.map((mention) => (
                <li key={mention.id} className="mention-item">
                  <AnnotationLink sourceId={mention.sourceId} annotationId={mention.id} sourceTitle={group.title}>
                    <SpanContext before={mention.span.prefix} exact={mention.span.exact} after={mention.span.suffix} limit={QUOTE_CONTEXT_LENGTH} />
                  </AnnotationLink>
                  <AnchorNote annotation={mention} />
                </li>
              ))}
            </ul>
          </div>
        ))
      )}
    </section>
  );
}
