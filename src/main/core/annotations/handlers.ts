import type { AppEvent } from '../../../shared/contract';
import { annotationSchema } from '../../../shared/domain/annotation';
import type { Handlers } from '../../rpc/handlers';
import { auditHistory } from '../audit/audit-log';
import { createEntity, listEntities, updateEntity } from '../entities/entity-repository';
import { entityAppearances } from '../entities/entity-appearances';
import { lookUpEntity } from '../entities/entity-lookup';
import { mergeEntities, undoMerge } from '../entities/entity-merge';
import { findUnlinkedMentions, linkMentions } from '../entities/unlinked-mentions';
import type { DatabaseProvider } from '../sources/handlers';
import { restoreCheckFromHistory } from '../fact-check/restore-check';
import { citeAnnotations, findQuotes } from './cited-annotations';
import { exportWebAnnotations, importWebAnnotations } from './interchange';
import {
  createAnnotation,
  deleteAnnotation,
  getAnnotation,
  listAnnotations,
  restoreAnnotation,
  updateAnnotation,
  type AnchorAll,
} from './annotation-repository';

type AnnotationMethodName = Extract<keyof Handlers, `annotations.${string}` | `entities.${string}`>;

/**
 * Tagging and the entity registry. Every change says which sources' annotations changed and
 * whether the registry did, so every window's readers and lists follow.
 */
export function createAnnotationHandlers(deps: {
  session: DatabaseProvider;
  emit(event: AppEvent): void;
  anchorAll: AnchorAll;
}): Pick<Handlers, AnnotationMethodName> {
  const db = () => deps.session.requireDb();
  const annotationsChanged = (...sourceIds: number[]) => deps.emit({ type: 'annotations.changed', sourceIds: [...new Set(sourceIds)] });
  const entitiesChanged = () => deps.emit({ type: 'entities.changed' });
  const sourcesChanged = () => deps.emit({ type: 'sources.changed' });

  return {
    'annotations.list': ({ sourceId }) => listAnnotations(db(), sourceId, deps.anchorAll),
    'annotations.cite': ({ ids }) => citeAnnotations(db(), ids),
    'annotations.findQuotes': ({ query, limit }) => findQuotes(db(), query, limit),
    'annotations.create': (input) => {
      const created = createAnnotation(db(), input);
      annotationsChanged(created.sourceId);
      entitiesChanged();
      sourcesChanged();
      return created;
    },
    'annotations.update': ({ id, changes }) => {
      const updated = updateAnnotation(db(), id, changes);
      annotationsChanged(updated.sourceId);
      entitiesChanged();
      return updated;
    },
    'annotations.delete': ({ id }) => {
      const deleted = deleteAnnotation(db(), id);
      annotationsChanged(deleted.sourceId);
      entitiesChanged();
      sourcesChanged();
      return deleted;
    },
    'annotations.restore': ({ annotation }) => {
      const database = db();
      // A claim comes back with its fact-check (verdict, evidence), which its deletion took with it.
      const { restored, checkRestored } = database.transaction(() => {
        const put = restoreAnnotation(database, annotationSchema.parse(annotation));
        return { restored: put, checkRestored: put.kind === 'claim' && restoreCheckFromHistory(database, put.id) };
      })();
      if (checkRestored) deps.emit({ type: 'factCheck.changed', claimIds: [restored.id] });
      annotationsChanged(restored.sourceId);
      entitiesChanged();
      sourcesChanged();
      return restored;
    },
    'annotations.history': ({ id }) => {
      const annotation = getAnnotation(db(), id);
      return auditHistory(db(), annotation?.kind === 'claim' ? 'claim' : 'annotation', id);
    },
    'entities.list': () => listEntities(db()),
    'entities.get': ({ id }) => lookUpEntity(db(), id),
    'entities.appearances': ({ id }) => entityAppearances(db(), id, deps.anchorAll),
    'entities.create': (input) => {
      const created = createEntity(db(), input);
      entitiesChanged();
      return created;
    },
    'entities.update': ({ id, changes }) => {
      const updated = updateEntity(db(), id, changes);
      entitiesChanged();
      return updated;
    },
    'entities.merge': ({ mergedId, intoId }) => {
      const merged = mergeEntities(db(), mergedId, intoId);
      entitiesChanged();
      annotationsChanged(...allSourceIds());
      return merged;
    },
    'entities.undoMerge': ({ mergeId }) => {
      const undone = undoMerge(db(), mergeId);
      entitiesChanged();
      annotationsChanged(...allSourceIds());
      return undone;
    },
    'entities.unlinkedMentions': ({ id }) => findUnlinkedMentions(db(), id),
    'entities.linkMentions': ({ id, mentions }) => {
      const linked = linkMentions(db(), id, mentions);
      entitiesChanged();
      annotationsChanged(...mentions.map((mention) => mention.sourceId));
      sourcesChanged();
      return linked;
    },
    'entities.history': ({ id }) => auditHistory(db(), 'entity', id),
    'annotations.exportWebAnnotations': () => {
      const collection = exportWebAnnotations(db());
      const name = collection.label || 'annotations';
      return { fileName: `${name.replace(/[\\/:*?"<>|]+/g, '-')}.annotations.jsonld`, json: JSON.stringify(collection, null, 2) };
    },
    'annotations.importWebAnnotations': ({ json }) => {
      const summary = importWebAnnotations(db(), json);
      entitiesChanged();
      annotationsChanged(...allSourceIds());
      sourcesChanged();
      return summary;
    },
  };

  function allSourceIds(): number[] {
    return db().prepare('SELECT id FROM source').pluck().all() as number[];
  }
}
