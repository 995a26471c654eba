import { z } from 'zod';
import { PARTIAL_DATE_PATTERN } from './dates';
import { timelineDateSchema, timelineKindSchema, type TimelineDate, type TimelineItem, type TimelineKind } from './timeline';

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const KINDS: ReadonlySet<unknown> = new Set(timelineKindSchema.options);
const PRECISIONS: ReadonlySet<unknown> = new Set(timelineDateSchema.shape.precision.options);

const isString = (value: unknown): value is string => typeof value === 'string';
const isId = (value: unknown): value is number => typeof value === 'number' && Number.isSafeInteger(value) && value > 0;
const isDay = (value: unknown): value is string => typeof value === 'string' && DAY.test(value);
const isPartialDate = (value: unknown): value is string => typeof value === 'string' && PARTIAL_DATE_PATTERN.test(value);

/**
 * A column whose every value passes `test`. Checked in one pass rather than by a schema per
 * value: with ten thousand values in each of thirteen columns, that is a few milliseconds
 * rather than a hundred, and as strict.
 */
function column<T>(what: string, test: (value: unknown) => value is T) {
  return z.custom<T[]>((value) => Array.isArray(value) && value.every(test), { message: `Expected a column of ${what}` });
}

/**
 * A timeline listing as it crosses a process boundary: one array per field rather than one
 * object per item, and each source's title once rather than on every item of the source.
 *
 * Why: a timeline of 10,000 items as objects is 3.2 MB of JSON, and writing, reading and
 * checking it on both sides took more time than drawing it. As columns it is a third of the
 * size, and each column is checked in one pass. The items are the same; `packItems` and
 * `unpackItems` are inverses, and the rest of the app sees objects.
 */
export const timelineColumnsSchema = z
  .object({
    id: column('item ids', isString),
    kind: column('item kinds', (value): value is TimelineKind => KINDS.has(value)),
    headline: column('texts', isString),
    text: column('texts', isString),
    start: column('days (YYYY-MM-DD)', isDay),
    end: column('days (YYYY-MM-DD)', isDay),
    precision: column('date precisions', (value): value is TimelineDate['precision'] => PRECISIONS.has(value)),
    approximate: column('true or false', (value): value is boolean => typeof value === 'boolean'),
    label: column('texts', isString),
    startsOn: column('dates (YYYY, YYYY-MM or YYYY-MM-DD)', isPartialDate),
    endsOn: column('dates or nothing', (value): value is string | null => value === null || isPartialDate(value)),
    entityIds: column('lists of entity ids', (value): value is number[] => Array.isArray(value) && value.every(isId)),
    sourceId: column('source ids or nothing', (value): value is number | null => value === null || isId(value)),
    /** Each listed source's title, by id. */
    sourceTitles: z.record(z.string(), z.string()),
  })
  .superRefine((columns, context) => {
    const length = columns.id.length;
    for (const [name, values] of Object.entries(columns)) {
      if (Array.isArray(values) && values.length !== length) {
        context.addIssue({ code: 'custom', message: `The timeline's "${name}" column has ${values.length} values for ${length} items.` });
      }
    }
  });
export type TimelineColumns = z.infer<typeof timelineColumnsSchema>;

/** The items as columns, in one pass over them (a pass per column costs thirteen times the loop). */
export function packItems(items: readonly TimelineItem[]): TimelineColumns {
  const columns: TimelineColumns = {
    id: [], kind: [], headline: [], text: [], start: [], end: [], precision: [], approximate: [], label: [], startsOn: [], endsOn: [], entityIds: [], sourceId: [],
    sourceTitles: {},
  };
  for (const item of items) {
    const { date } = item;
    columns.id.push(item.id);
    columns.kind.push(item.kind);
    columns.headline.push(item.headline);
    columns.text.push(item.text);
    columns.start.push(date.start);
    columns.end.push(date.end);
    columns.precision.push(date.precision);
    columns.approximate.push(date.approximate);
    columns.label.push(date.label);
    columns.startsOn.push(date.startsOn);
    columns.endsOn.push(date.endsOn);
    columns.entityIds.push(item.entityIds);
    columns.sourceId.push(item.sourceId);
    if (item.sourceId !== null && item.sourceTitle !== null) columns.sourceTitles[item.sourceId] = item.sourceTitle;
  }
  return columns;
}

/** The number after the prefix of an id such as "annotation:12", when it has that prefix. */
function idAfter(prefix: string, id: string): number | null {
  return id.startsWith(prefix) ? Number(id.slice(prefix.length)) : null;
}

export function unpackItems(columns: TimelineColumns): TimelineItem[] {
  return columns.id.map((id, index) => {
    const sourceId = columns.sourceId[index]!;
    return {
      id,
      kind: columns.kind[index]!,
      headline: columns.headline[index]!,
      text: columns.text[index]!,
      date: {
        start: columns.start[index]!,
        end: columns.end[index]!,
        precision: columns.precision[index]!,
        approximate: columns.approximate[index]!,
        label: columns.label[index]!,
        startsOn: columns.startsOn[index]!,
        endsOn: columns.endsOn[index]!,
      },
      entityIds: columns.entityIds[index]!,
      sourceId,
      sourceTitle: sourceId === null ? null : (columns.sourceTitles[sourceId] ?? null),
      annotationId: idAfter('annotation:', id),
      entryId: idAfter('entry:', id),
    };
  });
}
