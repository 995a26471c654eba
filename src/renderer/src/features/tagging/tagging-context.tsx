import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { Annotation, AnnotationChanges, AnnotationKind, NewAnnotation, Span } from '../../../../shared/domain/annotation';
import type { Entity, NewEntity } from '../../../../shared/domain/entity';
import { messageOf } from '../../api/api-error';
import { useApi } from '../../app/api-context';
import { shortcutLabel } from '../../app/shortcut-label';
import { useToasts } from '../../app/toasts';
import { useWorkspace } from '../../app/workspace';
import { kindInfo } from './kinds';
import { UndoStack, type UndoableStep } from './undo-stack';

interface Selected {
  annotationId: number;
  sourceId: number;
}

interface TaggingApi {
  entities: Entity[];
  entitiesById: ReadonlyMap<number, Entity>;
  /** False until the registry's first answer: an entity missing before that may just be loading. */
  entitiesLoaded: boolean;
  selected: Selected | null;
  select(selected: Selected | null): void;
  /** The annotation this window has just tagged: its first field takes the keyboard, once. */
  fresh: number | null;
  consumeFresh(): void;
  /** Tags a span; the new annotation is selected so its details can be filled in. */
  tag(kind: AnnotationKind, sourceId: number, span: Span, extra?: Partial<NewAnnotation>): Promise<Annotation | null>;
  update(annotation: Annotation, changes: AnnotationChanges): Promise<Annotation | null>;
  remove(annotation: Annotation): Promise<void>;
  createEntity(entity: NewEntity): Promise<Entity | null>;
  undo(): Promise<void>;
  redo(): Promise<void>;
  /** Does something else undoable (a suggestion accepted or rejected) in turn with the tagging steps. */
  record<T>(work: () => Promise<{ result: T; step: UndoableStep | null }>): Promise<T>;
}

const TaggingContext = createContext<TaggingApi | null>(null);

/** The fields of `annotation` that `changes` touches, as they were: what undoing restores. */
function previousValues(annotation: Annotation, changes: AnnotationChanges): AnnotationChanges {
  const before: AnnotationChanges = {};
  if (changes.entityId !== undefined) before.entityId = annotation.entityId;
  if (changes.note !== undefined) before.note = annotation.note;
  for (const kind of ['quote', 'claim', 'event'] as const) {
    const fields = changes[kind];
    const current = annotation[kind];
    if (!fields || !current) continue;
    before[kind] = Object.fromEntries(Object.keys(fields).map((key) => [key, current[key as keyof typeof current]])) as never;
  }
  return before;
}

/**
 * Tagging across the app: the registry every picker offers, which annotation is open in the
 * inspector, and undo/redo (Ctrl/Cmd+Z, Ctrl/Cmd+Shift+Z) of every tag, edit and removal.
 */
export function TaggingProvider({ children }: { children: ReactNode }) {
  const api = useApi();
  const toasts = useToasts();
  const { investigation } = useWorkspace();
  const [entities, setEntities] = useState<Entity[]>([]);
  const [entitiesLoaded, setEntitiesLoaded] = useState(false);
  const [selected, setSelected] = useState<Selected | null>(null);
  const [fresh, setFresh] = useState<number | null>(null);
  const consumeFresh = useCallback(() => setFresh(null), []);
  const stack = useRef(new UndoStack());

  useEffect(() => {
    if (!investigation) return;
    let current = true;
    const load = () =>
      api.call('entities.list', {}).then(
        (list) => {
          if (!current) return;
          setEntities(list);
          setEntitiesLoaded(true);
        },
        () => undefined,
      );
    setEntitiesLoaded(false);
    void load();
    stack.current = new UndoStack();
    setSelected(null);
    const off = api.onEvent((event) => {
      if (event.type === 'entities.changed') void load();
    });
    return () => {
      current = false;
      off();
    };
  }, [api, investigation?.path]);

  const failed = useCallback((title: string, error: unknown) => toasts.show({ tone: 'error', title, message: messageOf(error) }), [toasts]);

  const tag = useCallback<TaggingApi['tag']>(
    async (kind, sourceId, span, extra = {}) => {
      try {
        const created = await stack.current.record(async () => {
          let annotation = await api.call('annotations.create', { sourceId, kind, span, ...extra });
          return {
            result: annotation,
            step: {
              label: `${kindInfo(kind).label} tagged`,
              undo: async () => void (await api.call('annotations.delete', { id: annotation.id })),
              redo: async () => {
                annotation = await api.call('annotations.restore', { annotation });
              },
            },
          };
        });
        setSelected({ annotationId: created.id, sourceId });
        setFresh(created.id);
        return created;
      } catch (error) {
        failed('Could not tag this passage', error);
        return null;
      }
    },
    [api, failed],
  );

  const update = useCallback<TaggingApi['update']>(
    async (annotation, changes) => {
      const before = previousValues(annotation, changes);
      try {
        return await stack.current.record(async () => ({
          result: await api.call('annotations.update', { id: annotation.id, changes }),
          step: {
            label: `${kindInfo(annotation.kind).label} edited`,
            undo: async () => void (await api.call('annotations.update', { id: annotation.id, changes: before })),
            redo: async () => void (await api.call('annotations.update', { id: annotation.id, changes })),
          },
        }));
      } catch (error) {
        failed('Could not save this change', error);
        return null;
      }
    },
    [api, failed],
  );

  const remove = useCallback<TaggingApi['remove']>(
    async (annotation) => {
      try {
        await stack.current.record(async () => {
          let removed = await api.call('annotations.delete', { id: annotation.id });
          return {
            result: removed,
            step: {
              label: `${kindInfo(annotation.kind).label} removed`,
              undo: async () => {
                removed = await api.call('annotations.restore', { annotation: removed });
              },
              redo: async () => void (await api.call('annotations.delete', { id: removed.id })),
            },
          };
        });
        setSelected((current) => (current?.annotationId === annotation.id ? null : current));
        toasts.show({ tone: 'info', title: `${kindInfo(annotation.kind).label} removed`, message: `Undo with ${shortcutLabel('Mod+Z')}.` });
      } catch (error) {
        failed('Could not remove this annotation', error);
      }
    },
    [api, failed, toasts],
  );

  const createEntity = useCallback<TaggingApi['createEntity']>(
    async (entity) => {
      try {
        const created = await api.call('entities.create', entity);
        setEntities((list) => [...list, created].sort((a, b) => a.name.localeCompare(b.name)));
        return created;
      } catch (error) {
        failed('Could not add this entity', error);
        return null;
      }
    },
    [api, failed],
  );

  const undo = useCallback(async () => {
    try {
      const label = await stack.current.undo();
      if (label) toasts.show({ tone: 'info', title: `Undone: ${label.toLowerCase()}` });
    } catch (error) {
      failed('Could not undo', error);
    }
  }, [failed, toasts]);

  const redo = useCallback(async () => {
    try {
      const label = await stack.current.redo();
      if (label) toasts.show({ tone: 'info', title: `Redone: ${label.toLowerCase()}` });
    } catch (error) {
      failed('Could not redo', error);
    }
  }, [failed, toasts]);

  const value = useMemo<TaggingApi>(
    () => ({
      entities,
      entitiesById: new Map(entities.map((entity) => [entity.id, entity])),
      entitiesLoaded,
      selected,
      select: setSelected,
      fresh,
      consumeFresh,
      tag,
      update,
      remove,
      createEntity,
      undo,
      redo,
      record: (work) => stack.current.record(work),
    }),
    [entities, entitiesLoaded, selected, fresh, consumeFresh, tag, update, remove, createEntity, undo, redo],
  );
  return <TaggingContext.Provider value={value}>{children}</TaggingContext.Provider>;
}

export function useTagging(): TaggingApi {
  const context = useContext(TaggingContext);
  if (!context) throw new Error('useTagging must be used inside TaggingProvider');
  return context;
}
