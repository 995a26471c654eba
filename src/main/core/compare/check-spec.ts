import type Database from 'better-sqlite3';
import type { ComparisonColumn, ComparisonSpec } from '../../../shared/domain/comparison';
import { ServiceError } from '../service-error';
import { firstDayOf, isCalendarDate, lastDayOf } from '../timeline/timeline-dates';
import type { CompareContext } from './compare-context';

const ORDINAL = ['first', 'second', 'third', 'fourth'];

/**
 * What a comparison must be before it is saved: every column names something still in the
 * investigation, a date range runs forward, and every pin has one cell per column and holds
 * quotes or claims that exist. Returns the columns with speakers as they stand now (merged
 * entities resolved to the entity they were merged into).
 */
export function checkSpec(db: Database.Database, context: CompareContext, spec: ComparisonSpec): ComparisonColumn[] {
  const columns = spec.columns.map((column, index) => checkColumn(context, column, ORDINAL[index]!));
  const kindOf = db.prepare('SELECT kind FROM annotation WHERE id = ?').pluck();
  spec.pins.forEach(({ cells }, index) => {
    const which = `Pinned row ${index + 1}`;
    if (cells.length !== columns.length) throw new ServiceError('INVALID_PARAMS', `${which} has ${cells.length} cells, but the comparison has ${columns.length} columns.`);
    if (cells.every((cell) => cell === null)) throw new ServiceError('INVALID_PARAMS', `${which} holds no statement.`);
    for (const id of cells) {
      if (id === null) continue;
      const kind = kindOf.get(id) as string | undefined;
      if (kind === undefined) throw new ServiceError('NOT_FOUND', `Statement #${id} of ${which.toLowerCase()} is no longer in this investigation.`);
      if (kind !== 'quote' && kind !== 'claim') throw new ServiceError('INVALID_PARAMS', `Annotation #${id} of ${which.toLowerCase()} is a ${kind}, not a quote or a claim.`);
    }
  });
  return columns;
}

function checkColumn(context: CompareContext, column: ComparisonColumn, which: string): ComparisonColumn {
  const speaker = (id: number | null): number => {
    if (id === null) throw new ServiceError('INVALID_PARAMS', `The ${which} column has no speaker; choose one or remove the column.`);
    const entity = context.entity(id);
    if (!entity) throw new ServiceError('NOT_FOUND', `Entity #${id} (the ${which} column’s speaker) is not in this investigation; it may have been removed.`);
    return entity.id;
  };
  switch (column.kind) {
    case 'speaker':
      return { ...column, speakerId: speaker(column.speakerId) };
    case 'speakers': {
      if (column.speakerIds.length === 0) throw new ServiceError('INVALID_PARAMS', `The ${which} column’s group has no speaker; add one or remove the column.`);
      return { ...column, speakerIds: [...new Set(column.speakerIds.map(speaker))].sort((a, b) => a - b) };
    }
    case 'source': {
      if (column.sourceId === null) throw new ServiceError('INVALID_PARAMS', `The ${which} column has no source; choose one or remove the column.`);
      if (!context.sources.has(column.sourceId)) throw new ServiceError('NOT_FOUND', `There is no source #${column.sourceId} in this investigation; it may have been removed.`);
      return column;
    }
    case 'speaker-in-dates': {
      for (const date of [column.from, column.to]) {
        if (date !== null && !isCalendarDate(date)) throw new ServiceError('INVALID_PARAMS', `${date} is not a day of the calendar.`);
      }
      if (column.from === null && column.to === null) throw new ServiceError('INVALID_PARAMS', `The ${which} column’s date range has neither a start nor an end; give one, or compare the speaker over all dates.`);
      if (column.from !== null && column.to !== null && lastDayOf(column.to) < firstDayOf(column.from)) {
        throw new ServiceError('INVALID_PARAMS', `The ${which} column’s range ends (${column.to}) before it starts (${column.from}).`);
      }
      return { ...column, speakerId: speaker(column.speakerId) };
    }
  }
}
