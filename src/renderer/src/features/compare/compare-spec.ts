import type { ComparisonColumn, ComparisonSpec, PinnedRowValue } from '../../../../shared/domain/comparison';
import { PARTIAL_DATE_PATTERN } from '../../../../shared/domain/dates';

export type ColumnKind = ComparisonColumn['kind'];

/** What a column is made of in the view (the reporter's heading is left to the services: the name of what it lists). */
export interface ComparisonDraft {
  columns: ComparisonColumn[];
  includeClaims: boolean;
  pins: PinnedRowValue[];
}

export const COLUMN_KINDS: ReadonlyArray<{ kind: ColumnKind; label: string }> = [
  { kind: 'speaker', label: 'A speaker' },
  { kind: 'speakers', label: 'A group of speakers' },
  { kind: 'source', label: 'A source' },
  { kind: 'speaker-in-dates', label: 'A speaker, between dates' },
];

export const MIN_COLUMNS = 2;
export const MAX_COLUMNS = 4;

export function emptyColumn(kind: ColumnKind = 'speaker'): ComparisonColumn {
  switch (kind) {
    case 'speaker':
      return { kind, label: '', speakerId: null };
    case 'speakers':
      return { kind, label: '', speakerIds: [] };
    case 'source':
      return { kind, label: '', sourceId: null };
    case 'speaker-in-dates':
      return { kind, label: '', speakerId: null, from: null, to: null };
  }
}

/** A column changed to another kind keeps the speaker it had, where the new kind has one. */
export function changeKind(column: ComparisonColumn, kind: ColumnKind): ComparisonColumn {
  const next = emptyColumn(kind);
  const speaker = column.kind === 'speaker' || column.kind === 'speaker-in-dates' ? column.speakerId : column.kind === 'speakers' ? (column.speakerIds[0] ?? null) : null;
  if (next.kind === 'speaker' || next.kind === 'speaker-in-dates') next.speakerId = speaker;
  if (next.kind === 'speakers') next.speakerIds = column.kind === 'speakers' ? column.speakerIds : speaker !== null ? [speaker] : [];
  return next;
}

export const EMPTY_DRAFT: ComparisonDraft = { columns: [emptyColumn(), emptyColumn()], includeClaims: false, pins: [] };

/** What still has to be chosen before the columns can be compared, in words; null when nothing. */
export function draftProblem(draft: ComparisonDraft): string | null {
  for (const [index, column] of draft.columns.entries()) {
    const which = `column ${index + 1}`;
    if ((column.kind === 'speaker' || column.kind === 'speaker-in-dates') && column.speakerId === null) return `Choose a speaker for ${which}.`;
    if (column.kind === 'speakers' && column.speakerIds.length === 0) return `Add at least one speaker to ${which}.`;
    if (column.kind === 'source' && column.sourceId === null) return `Choose a source for ${which}.`;
    if (column.kind === 'speaker-in-dates' && column.from && column.to && endOf(column.to) < column.from) return `The dates of ${which} run backwards: “from” must come before “to”.`;
  }
  return null;
}

/** A partial date's last moment as a sortable string: "2020" ends after "2020-12-31". */
const endOf = (date: string) => `${date}~`;

export function isPartialDate(value: string): boolean {
  return PARTIAL_DATE_PATTERN.test(value);
}

/** The spec the services take. */
export function specOf(draft: ComparisonDraft): ComparisonSpec {
  return { columns: draft.columns, includeClaims: draft.includeClaims, pins: draft.pins };
}

// ---- The route: `#/compare/<id>` is a saved comparison; `#/compare?cols=…` one not saved yet.
// Tokens use only characters a query keeps as they are (`speaker.3,dates.3.2020.2021-06`), so
// the address stays readable.

const ID = /^[1-9]\d{0,15}$/;
const ids = (parts: readonly string[]) => parts.filter((part) => ID.test(part)).map(Number);
const date = (text: string | undefined) => (text && isPartialDate(text) ? text : null);

function columnToken(column: ComparisonColumn): string {
  switch (column.kind) {
    case 'speaker':
      return `speaker.${column.speakerId ?? ''}`;
    case 'speakers':
      return ['speakers', ...column.speakerIds].join('.');
    case 'source':
      return `source.${column.sourceId ?? ''}`;
    case 'speaker-in-dates':
      return `dates.${column.speakerId ?? ''}.${column.from ?? ''}.${column.to ?? ''}`;
  }
}

function parseColumn(token: string): ComparisonColumn | null {
  const [kind, first = '', from, to] = token.split('.');
  const one = ID.test(first) ? Number(first) : null;
  if (kind === 'speaker') return { kind: 'speaker', label: '', speakerId: one };
  if (kind === 'speakers') return { kind: 'speakers', label: '', speakerIds: [...new Set(ids(token.split('.').slice(1)))].slice(0, 50) };
  if (kind === 'source') return { kind: 'source', label: '', sourceId: one };
  if (kind === 'dates') return { kind: 'speaker-in-dates', label: '', speakerId: one, from: date(from), to: date(to) };
  return null;
}

export interface CompareRouteState {
  /** A saved comparison's id (`#/compare/12`); its spec is loaded, not read from the route. */
  savedId: number | null;
  /** The comparison the route describes when none is saved. */
  draft: ComparisonDraft;
}

/** Reads the route leniently: what is malformed is left out, never an error. */
export function readCompareRoute(rest: readonly string[], query: Readonly<Record<string, string>> | undefined): CompareRouteState {
  const savedId = rest[0] && ID.test(rest[0]) ? Number(rest[0]) : null;
  const q = query ?? {};
  const columns = (q.cols ?? '')
    .split(',')
    .filter(Boolean)
    .map(parseColumn)
    .filter((column): column is ComparisonColumn => column !== null)
    .slice(0, MAX_COLUMNS);
  while (columns.length < MIN_COLUMNS) columns.push(emptyColumn());
  const pins = (q.pins ?? '')
    .split(',')
    .filter(Boolean)
    .map((pin) => pin.split('.').map((cell) => (ID.test(cell) ? Number(cell) : null)))
    .filter((cells) => cells.length === columns.length && cells.some((cell) => cell !== null))
    .map((cells) => ({ cells }));
  return { savedId, draft: { columns, includeClaims: q.claims === '1', pins } };
}

/** The route's query for a comparison not saved yet; a plain `#/compare` is two empty columns. */
export function compareQuery(draft: ComparisonDraft): Record<string, string> {
  const query: Record<string, string> = {};
  const untouched = draft.columns.length === MIN_COLUMNS && draft.columns.every((column) => columnToken(column) === columnToken(emptyColumn()));
  if (!untouched) query.cols = draft.columns.map(columnToken).join(',');
  if (draft.includeClaims) query.claims = '1';
  if (draft.pins.length > 0) query.pins = draft.pins.map((pin) => pin.cells.map((cell) => (cell === null ? '_' : String(cell))).join('.')).join(',');
  return query;
}
