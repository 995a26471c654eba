import { z } from 'zod';
import { partialDateSchema } from './dates';
import { entityIdSchema } from './entity';
import { sourceIdSchema } from './source';
import { timelineDateSchema, timelineKindSchema, type TimelineItem } from './timeline';

const daySchema = timelineDateSchema.shape.start;

/**
 * A timeline listing as it crosses a process boundary: one array per field rather than one
 * object per item, and each source's title once rather than on every item of the source.
 *
 * Why: a timeline of 10,000 items as objects is 3.2 MB of JSON, and writing, reading and
 * checking it on both sides took more time than drawing it. As columns it is a third of the
 * size, and each column is checked as one array of strings or numbers. The items are the
 * same; `packItems` and `unpackItems` are inverses, and the rest of the app sees objects.
 */
export const timelineColumnsSchema = z
  .object({
    id: z.array(z.string()),
    kind: z.array(timelineKindSchema),
    headline: z.array(z.string()),
    text: z.array(z.string()),
    start: z.array(daySchema),
    end: z.array(daySchema),
    precision: z.array(timelineDateSchema.shape.precision),
    approximate: z.array(z.boolean()),
    label: z.array(z.string()),
    startsOn: z.array(partialDateSchema),
    endsOn: z.array(partialDateSchema.nullable()),
    entityIds: z.array(z.array(entityIdSchema)),
    sourceId: z.array(sourceIdSchema.nullable()),
    /** Each listed source's title, by id. */
    sourceTitles: z.record(z.string(), z.string()),
  })
  .superRefine((columns, context) => {
    const length = columns.id.length;
    for (const [name, column] of Object.entries(columns)) {
      if (Array.isArray(column) && column.length !== length) {
        context.addIssue({ code: 'custom', message: `The timeline's "${name}" column has ${column.length} values for ${length} items.` });
      }
    }
  });
export type TimelineColumns = z.infer<typeof timelineColumnsSchema>;

export function packItems(items: readonly TimelineItem[]): TimelineColumns {
  const sourceTitles: Record<string, string> = {};
  for (const item of items) {
    if (item.sourceId !== null && item.sourceTitle !== null) sourceTitles[item.sourceId] = item.sourceTitle;
  }
  const column = <T>(read: (item: TimelineItem) => T) => items.map(read);
  return {
    id: column((item) => item.id),
    kind: column((item) => item.kind),
    headline: column((item) => item.headline),
    text: column((item) => item.text),
    start: column((item) => item.date.start),
    end: column((item) => item.date.end),
    precision: column((item) => item.date.precision),
    approximate: column((item) => item.date.approximate),
    label: column((item) => item.date.label),
    startsOn: column((item) => item.date.startsOn),
    endsOn: column((item) => item.date.endsOn),
    entityIds: column((item) => item.entityIds),
    sourceId: column((item) => item.sourceId),
    sourceTitles,
  };
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
