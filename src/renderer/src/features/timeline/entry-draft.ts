import type { TimelineEntryInput, TimelineItem } from '../../../../shared/domain/timeline';

export interface EntryDraft {
  what: string;
  startsOn: string;
  endsOn: string;
  approximate: boolean;
  entityIds: number[];
  note: string;
}

/** The form's fields for an event typed on the timeline, read back from its item (dates as they were given). */
export function draftOf(item: TimelineItem): EntryDraft {
  return {
    what: item.headline,
    startsOn: item.date.startsOn,
    endsOn: item.date.endsOn ?? '',
    approximate: item.date.approximate,
    entityIds: [...item.entityIds],
    note: item.text,
  };
}

export const EMPTY_DRAFT: EntryDraft = { what: '', startsOn: '', endsOn: '', approximate: false, entityIds: [], note: '' };

/** An entry's fields as the services take them, read back from its item: what undoing an edit puts back. */
export function entryOf(item: TimelineItem): TimelineEntryInput {
  return {
    what: item.headline,
    startsOn: item.date.startsOn,
    endsOn: item.date.endsOn,
    approximate: item.date.approximate,
    entityIds: [...item.entityIds],
    note: item.text,
  };
}
