import type Database from 'better-sqlite3';
import type { AppEvent } from '../../../shared/contract';
import { timelineEntrySchema, timelineFiltersSchema, type TimelineEntry, type TimelineItem } from '../../../shared/domain/timeline';
import type { Handlers } from '../../rpc/handlers';
import type { DatabaseProvider } from '../sources/handlers';
import { packItems } from '../../../shared/domain/timeline-columns';
import { listItems, listTimeline } from './list-timeline';
import { ListingCache } from './listing-cache';
import { linkItems, unlinkItems } from './timeline-links';
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
  // Going back to the timeline with nothing changed meanwhile need not build it again.
  const listings = new ListingCache<ReturnType<Handlers['timeline.list']>>();
  return {
    'timeline.list': ({ filters }) =>
      // Keyed by the filters in the schema's own order, however the caller ordered them.
      listings.get(db(), JSON.stringify(timelineFiltersSchema.parse(filters)), () => {
        const { items, conflicts, links } = listTimeline(db(), filters);
        return { items: packItems(items), conflicts, links };
      }),
    'timeline.link': ({ itemIds: [a, b], relation }) => {
      linkItems(db(), a, b, relation);
      changed();
      return { ok: true as const };
    },
    'timeline.unlink': ({ itemIds: [a, b] }) => {
      unlinkItems(db(), a, b);
      changed();
      return { ok: true as const };
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
      const { items } = listItems(database, filters);
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
