import type Database from 'better-sqlite3';
import type { AppEvent } from '../../../shared/contract';
import { timelineEntrySchema, type TimelineEntry, type TimelineItem } from '../../../shared/domain/timeline';
import type { Handlers } from '../../rpc/handlers';
import type { DatabaseProvider } from '../sources/handlers';
import { packItems } from '../../../shared/domain/timeline-columns';
import { listTimeline } from './list-timeline';
import { addEntry, deleteEntry, updateEntry } from './timeline-entries';
import { entryItem, readContext } from './timeline-items';
import { toTimelineJsCsv, toTimelineJsJson } from './timelinejs-export';

type TimelineMethodName = Extract<keyof Handlers, `timeline.${string}`>;

function investigationName(db: Database.Database): string {
  const name = db.prepare('SELECT name FROM investigation WHERE id = 1').pluck().get() as string | undefined;
  return name?.trim() || 'Investigation';
}

function asItem(db: Database.Database, entry: TimelineEntry): TimelineItem {
  return entryItem(readContext(db), entry);
}

/**
 * Undo puts an entry back as it was; an entity merged meanwhile is linked as the entity it
 * was merged into, rather than refusing the undo.
 */
function restore(db: Database.Database, entry: TimelineEntry): TimelineEntry {
  const context = readContext(db);
  return addEntry(db, { ...entry, entityIds: entry.entityIds.map((id) => context.current(id)) });
}

/** The timeline: the dated items of every source and the reporter's own entries. */
export function createTimelineHandlers(deps: { session: DatabaseProvider; emit(event: AppEvent): void }): Pick<Handlers, TimelineMethodName> {
  const db = () => deps.session.requireDb();
  const changed = () => deps.emit({ type: 'timeline.changed' });
  return {
    'timeline.list': ({ filters }) => {
      const { items, conflicts } = listTimeline(db(), filters);
      return { items: packItems(items), conflicts };
    },
    'timeline.addEntry': (input) => {
      const item = asItem(db(), addEntry(db(), input));
      changed();
      return item;
    },
    'timeline.updateEntry': ({ id, entry }) => {
      const item = asItem(db(), updateEntry(db(), id, entry));
      changed();
      return item;
    },
    'timeline.deleteEntry': ({ id }) => {
      const deleted = deleteEntry(db(), id);
      changed();
      return deleted;
    },
    'timeline.restoreEntry': ({ entry }) => {
      const item = asItem(db(), restore(db(), timelineEntrySchema.parse(entry)));
      changed();
      return item;
    },
    'timeline.export': ({ filters, format, groupBy }) => {
      const database = db();
      const { items } = listTimeline(database, filters);
      const title = investigationName(database);
      const options = {
        title: `${title} timeline`,
        items,
        groupBy: groupBy ?? 'kind',
        sources: readContext(database).sources,
        exportedOn: new Date().toISOString().slice(0, 10),
      };
      const baseName = `${title} timeline`.replace(/[\\/:*?"<>|]+/g, '-');
      if (format === 'timelinejs-json') {
        return { fileName: `${baseName}.json`, mimeType: 'application/json', content: JSON.stringify(toTimelineJsJson(options), null, 2) };
      }
      return { fileName: `${baseName}.csv`, mimeType: 'text/csv;charset=utf-8', content: toTimelineJsCsv(options) };
    },
  };
}
