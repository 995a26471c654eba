import type Database from 'better-sqlite3';
import { CLAIM_STATUS_LABELS, type Annotation } from '../../../shared/domain/annotation';
import type { TimelineEntry, TimelineItem, TimelineKind } from '../../../shared/domain/timeline';
import { annotationsWhere } from '../annotations/annotation-repository';
import { followMerges } from '../entities/follow-merges';
import { timelineDate } from './timeline-dates';
import { listEntries } from './timeline-entries';

export interface SourceInfo {
  id: number;
  title: string;
  outlet: string | null;
  authors: string[];
  publishedDate: string | null;
}

/** What the timeline reads once per listing: sources, and entity names resolved through merges. */
export interface TimelineContext {
  sources: Map<number, SourceInfo>;
  /** Each entity's name, by id; a merged entity resolves to the one it was merged into. */
  entityNames: Map<number, string>;
  /** An entity id as it stands now: merged ones give the entity they were merged into. */
  current(entityId: number): number;
}

export function readContext(db: Database.Database): TimelineContext {
  const sourceRows = db.prepare('SELECT id, title, outlet, authors, published_date FROM source').all() as Array<{
    id: number;
    title: string;
    outlet: string | null;
    authors: string | null;
    published_date: string | null;
  }>;
  const sources = new Map(
    sourceRows.map((row) => [row.id, { id: row.id, title: row.title, outlet: row.outlet, authors: parseAuthors(row.authors), publishedDate: row.published_date }]),
  );
  const entityRows = db.prepare('SELECT id, name, merged_into FROM entity').all() as Array<{ id: number; name: string; merged_into: number | null }>;
  const byId = new Map(entityRows.map((row) => [row.id, row]));
  const current = followMerges(byId);
  const entityNames = new Map(entityRows.map((row) => [row.id, byId.get(current(row.id))?.name ?? row.name]));
  return { sources, entityNames, current };
}

function parseAuthors(raw: string | null): string[] {
  if (!raw) return [];
  try {
    const parsed = JSON.parse(raw) as unknown;
    return Array.isArray(parsed) ? parsed.filter((author): author is string => typeof author === 'string') : [];
  } catch {
    return [];
  }
}

const paragraphs = (...parts: Array<string | null | undefined>) => parts.map((part) => part?.trim() ?? '').filter(Boolean).join('\n\n');

function uniqueIds(context: TimelineContext, ids: Array<number | null | undefined>): number[] {
  if (ids.length === 1) return ids[0] == null ? [] : [context.current(ids[0])];
  const current = ids.flatMap((id) => (id == null ? [] : [context.current(id)]));
  return [...new Set(current)].sort((a, b) => a - b);
}

function annotationItem(context: TimelineContext, annotation: Annotation): TimelineItem | null {
  const source = context.sources.get(annotation.sourceId);
  const base = {
    id: `annotation:${annotation.id}`,
    sourceId: annotation.sourceId,
    sourceTitle: source?.title ?? null,
    annotationId: annotation.id,
    entryId: null,
  };
  const words = annotation.span.exact;
  const name = (id: number | null) => (id == null ? null : (context.entityNames.get(id) ?? null));
  if (annotation.event?.startsOn) {
    const { what, startsOn, endsOn, approximate, entityIds } = annotation.event;
    return {
      ...base,
      kind: 'event',
      headline: what.trim() || words,
      // The source's own words, when the headline is the reporter's summary of them.
      text: paragraphs(what.trim() ? `“${words}”` : '', annotation.note),
      date: timelineDate(startsOn, endsOn, approximate),
      entityIds: uniqueIds(context, entityIds),
    };
  }
  if (annotation.quote?.saidOn) {
    const { speakerId, saidOn, channel } = annotation.quote;
    return {
      ...base,
      kind: 'quote',
      headline: words,
      text: paragraphs([name(speakerId), channel.trim()].filter(Boolean).join(', '), annotation.note),
      date: timelineDate(saidOn, null, false),
      entityIds: uniqueIds(context, [speakerId]),
    };
  }
  if (annotation.claim?.claimedOn) {
    const { speakerId, status, claimedOn } = annotation.claim;
    const speaker = name(speakerId);
    return {
      ...base,
      kind: 'claim',
      headline: words,
      text: paragraphs(`${speaker ? `Claimed by ${speaker}. ` : ''}Status: ${CLAIM_STATUS_LABELS[status]}.`, annotation.note),
      date: timelineDate(claimedOn, null, false),
      entityIds: uniqueIds(context, [speakerId]),
    };
  }
  return null;
}

function publicationItem(source: SourceInfo): TimelineItem | null {
  if (!source.publishedDate) return null;
  const byline = source.authors.length > 0 ? `By ${source.authors.join(', ')}` : '';
  return {
    id: `source:${source.id}`,
    kind: 'publication',
    headline: source.title,
    text: [source.outlet ? `Published in ${source.outlet}` : 'Published', byline].filter(Boolean).join('. ') + '.',
    date: timelineDate(source.publishedDate, null, false),
    entityIds: [],
    sourceId: source.id,
    sourceTitle: source.title,
    annotationId: null,
    entryId: null,
  };
}

export function entryItem(context: TimelineContext, entry: TimelineEntry): TimelineItem {
  return {
    id: `entry:${entry.id}`,
    kind: 'entry',
    headline: entry.what,
    text: entry.note,
    date: timelineDate(entry.startsOn, entry.endsOn, entry.approximate),
    entityIds: uniqueIds(context, entry.entityIds),
    sourceId: null,
    sourceTitle: null,
    annotationId: null,
    entryId: entry.id,
  };
}

/** Every dated item of the investigation, unfiltered and unordered. */
export function collectItems(db: Database.Database, context: TimelineContext, options: { includePublications: boolean; kinds?: readonly TimelineKind[] }): TimelineItem[] {
  const wanted = (kind: TimelineKind) => !options.kinds || options.kinds.length === 0 || options.kinds.includes(kind);
  const items: TimelineItem[] = [];
  if (wanted('event') || wanted('quote') || wanted('claim')) {
    const annotations = annotationsWhere(
      db,
      `WHERE (a.kind = 'event' AND e.starts_on IS NOT NULL)
          OR (a.kind = 'quote' AND q.said_on IS NOT NULL)
          OR (a.kind = 'claim' AND c.claimed_on IS NOT NULL)`,
    );
    for (const annotation of annotations) {
      const item = annotationItem(context, annotation);
      if (item && wanted(item.kind)) items.push(item);
    }
  }
  if (options.includePublications && wanted('publication')) {
    for (const source of context.sources.values()) {
      const item = publicationItem(source);
      if (item) items.push(item);
    }
  }
  if (wanted('entry')) for (const entry of listEntries(db)) items.push(entryItem(context, entry));
  return items;
}
