import type { PartialDate } from '../../../shared/domain/dates';
import type { EntityId } from '../../../shared/domain/entity';
import type { SourceId } from '../../../shared/domain/source';
import type { TermWeights } from './tf-idf';

/** A quote's or claim's annotation id: the same statement in two columns is still one statement. */
export type StatementId = number;

/**
 * One statement in a column, as the Compare view loads it from a quote (or claim) annotation:
 * its words (`span.exact`), when it was said (`quote.saidOn`, else the source's published
 * date), who said it and where.
 */
export interface Statement {
  id: StatementId;
  text: string;
  date: PartialDate | null;
  speakerId: EntityId | null;
  sourceId: SourceId;
  /**
   * The reporter's tags on the statement, as opaque keys: "entity:12" for an entity linked in
   * or to the quote, "event:40" for an event it belongs to, "tag:cancellation" for a tag. Two
   * statements sharing a key are taken to be on the same topic.
   */
  tags: readonly string[];
}

/**
 * A row the reporter paired by hand: at most one statement per column (null where the row has
 * none). A pin with a single statement keeps that statement alone: nothing is paired with it.
 */
export interface PinnedRow {
  cells: readonly (StatementId | null)[];
}

export interface AlignmentInput {
  /** 2 to 4 columns, each the statements of its selection (any order: they are sorted by date, then id). */
  columns: readonly (readonly Statement[])[];
  pinned?: readonly PinnedRow[];
  /** Document frequencies over the investigation's quotes; counted over the columns when absent. */
  termWeights?: TermWeights;
  /** The least cosine similarity that pairs two statements sharing no tag. */
  threshold?: number;
}

/** Why two statements of a row are together. */
export type PairingReason =
  | { kind: 'pinned' }
  | { kind: 'tags'; tags: string[]; similarity: number }
  | { kind: 'similarity'; similarity: number };

/** A statement joining a row: the column it is in, the row's column it was paired with, and why. */
export interface RowLink {
  column: number;
  pairedWith: number;
  reason: PairingReason;
}

export interface AlignedRow {
  /** One cell per column. */
  cells: (StatementId | null)[];
  pinned: boolean;
  /** Why the row exists: its first (strongest) link, or `pinned`. */
  reason: PairingReason;
  /** Every statement after the first, in the order it joined. Empty for a pinned row. */
  links: RowLink[];
}

export interface IgnoredPin {
  pin: PinnedRow;
  why: 'wrong-number-of-cells' | 'not-in-column' | 'already-used' | 'empty';
}

export interface Alignment {
  /** Ordered by the earliest statement of each row (date, then id). */
  rows: AlignedRow[];
  /** Per column, the statements in no row, by date then id. A statement listed in two columns and paired in one is in neither list. */
  unmatched: StatementId[][];
  /** Pins that no longer fit the columns (a statement removed from a selection, say): left out, not thrown. */
  ignoredPins: IgnoredPin[];
}
