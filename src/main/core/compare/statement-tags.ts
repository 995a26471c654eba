import type Database from 'better-sqlite3';
import type { Annotation } from '../../../shared/domain/annotation';
import type { CompareContext } from './compare-context';

interface Placed {
  id: number;
  source_id: number;
  start: number;
  end: number;
}

export interface StatementTags {
  /** Each statement's tag keys, sorted: "entity:12", "event:40". */
  tagsOf: Map<number, string[]>;
  /** What each key is called, for the reasons in words. */
  names: Map<string, string>;
}

const shorten = (words: string) => (words.length > 60 ? `${words.slice(0, 57).trimEnd()}…` : words);

/**
 * The reporter's links on each statement, as the alignment's tags: the entity the statement is
 * linked to itself, the entities tagged inside its words (mentions whose span lies within it),
 * and the events tagged over its words, with the entities of those events. An event's key ties
 * statements of one source; its entities tie statements across sources. The speaker is left
 * out on purpose: a column is usually one speaker, and every quote about that speaker in
 * another column would otherwise pair with all of the speaker's own. Merged entities count as
 * the entity they were merged into. Spans are compared as stored (code points).
 */
export function tagStatements(db: Database.Database, context: CompareContext, statements: readonly Annotation[]): StatementTags {
  const names = new Map<string, string>();
  const entityKey = (entityId: number): string | null => {
    const entity = context.entity(entityId);
    if (!entity) return null;
    const key = `entity:${entity.id}`;
    names.set(key, entity.name);
    return key;
  };
  const mentions = groupBySource(db.prepare("SELECT id, source_id, start, end, entity_id FROM annotation WHERE kind = 'mention' AND entity_id IS NOT NULL").all() as Array<Placed & { entity_id: number }>);
  const events = groupBySource(
    db
      .prepare(
        `SELECT a.id, a.source_id, a.start, a.end, a.exact, e.what,
           (SELECT json_group_array(entity_id) FROM event_entity WHERE annotation_id = a.id) AS entities
         FROM annotation a JOIN event e ON e.annotation_id = a.id`,
      )
      .all() as Array<Placed & { exact: string; what: string; entities: string }>,
  );

  const tagsOf = new Map<number, string[]>();
  for (const statement of statements) {
    const { start, end } = statement.span;
    const keys = new Set<string>();
    const add = (key: string | null) => key && keys.add(key);
    if (statement.entityId !== null) add(entityKey(statement.entityId));
    for (const mention of mentions.get(statement.sourceId) ?? []) {
      if (mention.start >= start && mention.end <= end) add(entityKey(mention.entity_id));
    }
    for (const event of events.get(statement.sourceId) ?? []) {
      if (!(event.start < end && start < event.end)) continue;
      const key = `event:${event.id}`;
      names.set(key, shorten(event.what.trim() || event.exact));
      keys.add(key);
      for (const entityId of JSON.parse(event.entities) as number[]) add(entityKey(entityId));
    }
    tagsOf.set(statement.id, [...keys].sort());
  }
  return { tagsOf, names };
}

function groupBySource<T extends Placed>(rows: readonly T[]): Map<number, T[]> {
  const bySource = new Map<number, T[]>();
  for (const row of rows) {
    const list = bySource.get(row.source_id);
    if (list) list.push(row);
    else bySource.set(row.source_id, [row]);
  }
  return bySource;
}
