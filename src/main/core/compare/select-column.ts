import type { ComparisonColumn } from '../../../shared/domain/comparison';
import { firstDayOf, lastDayOf } from '../timeline/timeline-dates';
import { compareStatements } from './align';
import type { CompareContext } from './compare-context';
import type { LoadedStatement } from './investigation-statements';

export interface SelectedColumn {
  label: string;
  statements: LoadedStatement[];
  /** Why the column is empty when what it named was removed. */
  problem: string | null;
}

/**
 * The statements a column lists, in date order (undated last), then by id. Speakers are
 * compared after merges, so a column naming an entity merged since lists the quotes now
 * attributed to the entity it was merged into. A date range keeps the statements whose date
 * overlaps it ("2020" overlaps March to June 2020: it says less, not something else); undated
 * statements cannot be placed in a range and are left out of one.
 */
export function selectColumn(column: ComparisonColumn, statements: readonly LoadedStatement[], context: CompareContext): SelectedColumn {
  const sorted = (list: LoadedStatement[]) => list.sort((a, b) => compareStatements(a.statement, b.statement));
  const label = columnLabel(column, context);
  switch (column.kind) {
    case 'speaker':
    case 'speaker-in-dates': {
      const speaker = column.speakerId === null ? null : context.entity(column.speakerId);
      if (!speaker) return { label, statements: [], problem: 'The speaker of this column was removed from the investigation.' };
      const inRange = column.kind === 'speaker-in-dates' ? dateFilter(column.from, column.to) : () => true;
      return { label, statements: sorted(statements.filter((loaded) => loaded.speakerId === speaker.id && inRange(loaded))), problem: null };
    }
    case 'speakers': {
      const ids = speakersOf(column.speakerIds, context);
      if (ids.length === 0) return { label, statements: [], problem: 'Every speaker of this group was removed from the investigation.' };
      return { label, statements: sorted(statements.filter((loaded) => loaded.speakerId !== null && ids.includes(loaded.speakerId))), problem: null };
    }
    case 'source': {
      const source = column.sourceId === null ? undefined : context.sources.get(column.sourceId);
      if (!source) return { label, statements: [], problem: 'The source of this column was removed from the investigation.' };
      return { label, statements: sorted(statements.filter((loaded) => loaded.statement.sourceId === source.id)), problem: null };
    }
  }
}

/** The column's heading: the reporter's label, else the speaker's or source's name (and the range). */
export function columnLabel(column: ComparisonColumn, context: CompareContext): string {
  if (column.label) return column.label;
  switch (column.kind) {
    case 'speaker':
    case 'speaker-in-dates': {
      const name = column.speakerId === null ? undefined : context.entity(column.speakerId)?.name;
      if (!name) return 'Removed speaker';
      return column.kind === 'speaker' ? name : `${name}, ${rangeLabel(column.from, column.to)}`;
    }
    case 'speakers': {
      const ids = speakersOf(column.speakerIds, context);
      return ids.length === 0 ? 'Removed speakers' : ids.map((id) => context.entity(id)!.name).join(', ');
    }
    case 'source': {
      const source = column.sourceId === null ? undefined : context.sources.get(column.sourceId);
      return source?.title ?? 'Removed source';
    }
  }
}

/** A group's speakers as they stand now, each once, removed ones left out. */
function speakersOf(ids: readonly number[], context: CompareContext): number[] {
  return [...new Set(ids.map((id) => context.current(id)))].filter((id) => context.entity(id));
}

function dateFilter(from: string | null, to: string | null): (loaded: LoadedStatement) => boolean {
  const start = from ? firstDayOf(from) : null;
  const end = to ? lastDayOf(to) : null;
  return ({ statement: { date } }) => {
    if (date === null) return start === null && end === null;
    return (start === null || lastDayOf(date) >= start) && (end === null || firstDayOf(date) <= end);
  };
}

function rangeLabel(from: string | null, to: string | null): string {
  if (from && to) return from === to ? from : `${from} to ${to}`;
  if (from) return `from ${from}`;
  if (to) return `until ${to}`;
  return 'any date';
}
