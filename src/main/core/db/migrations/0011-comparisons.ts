import type { Migration } from './migration';

const PARTIAL_DATE = (column: string) =>
  `(${column} IS NULL OR ${column} GLOB '[0-9][0-9][0-9][0-9]' OR ${column} GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]' OR ${column} GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]')`;

/**
 * Saved comparisons: the Compare view's named views.
 *
 * - `comparison`: name (unique whatever its case, so a list of them reads unambiguously),
 *   whether claims are listed beside quotes, and when it was made and last saved. Ids are never
 *   reused (AUTOINCREMENT): a note block citing comparison #4 must not show another one later.
 * - `comparison_column`: 2 to 4 per comparison (the count is the service's to check), each a
 *   speaker, a group of speakers, a source, or a speaker within a date range. A removed source
 *   leaves its column in place with `source_id` cleared, so the view can say what went missing
 *   rather than the comparison losing a column.
 * - `comparison_column_speaker`: the speakers of a column. A merged entity keeps its row, so a
 *   column naming it still resolves (to the entity it was merged into); a removed one drops out.
 * - `comparison_pin` / `comparison_pin_cell`: the rows the reporter pinned (a re-pairing is a
 *   pin; a pin of one statement keeps it alone), in the order they were made, one cell per
 *   column that has a statement. Cells reference the annotations (quote or claim ids), which
 *   SQLite may give again to a new annotation after the newest is deleted, so a pin whose
 *   statement is removed is dropped whole rather than left to point at a stranger.
 */
export const migration0011: Migration = {
  version: 11,
  name: 'comparisons',
  up(db) {
    db.exec(`
      CREATE TABLE comparison (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        name TEXT NOT NULL CHECK (length(trim(name)) > 0 AND length(name) <= 200),
        include_claims INTEGER NOT NULL DEFAULT 0 CHECK (include_claims IN (0, 1)),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE UNIQUE INDEX comparison_by_name ON comparison (name COLLATE NOCASE);

      CREATE TABLE comparison_column (
        comparison_id INTEGER NOT NULL REFERENCES comparison(id) ON DELETE CASCADE,
        position INTEGER NOT NULL CHECK (position BETWEEN 0 AND 3),
        kind TEXT NOT NULL CHECK (kind IN ('speaker', 'speakers', 'source', 'speaker-in-dates')),
        label TEXT NOT NULL DEFAULT '' CHECK (length(label) <= 200),
        source_id INTEGER REFERENCES source(id) ON DELETE SET NULL,
        date_from TEXT CHECK ${PARTIAL_DATE('date_from')},
        date_to TEXT CHECK ${PARTIAL_DATE('date_to')},
        PRIMARY KEY (comparison_id, position),
        CHECK (kind = 'source' OR source_id IS NULL),
        CHECK (kind = 'speaker-in-dates' OR (date_from IS NULL AND date_to IS NULL))
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX comparison_column_by_source ON comparison_column (source_id) WHERE source_id IS NOT NULL;

      CREATE TABLE comparison_column_speaker (
        comparison_id INTEGER NOT NULL,
        position INTEGER NOT NULL,
        entity_id INTEGER NOT NULL REFERENCES entity(id) ON DELETE CASCADE,
        PRIMARY KEY (comparison_id, position, entity_id),
        FOREIGN KEY (comparison_id, position) REFERENCES comparison_column(comparison_id, position) ON DELETE CASCADE
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX comparison_column_speaker_by_entity ON comparison_column_speaker (entity_id);

      CREATE TABLE comparison_pin (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        comparison_id INTEGER NOT NULL REFERENCES comparison(id) ON DELETE CASCADE,
        position INTEGER NOT NULL CHECK (position >= 0),
        UNIQUE (comparison_id, position)
      ) STRICT;

      CREATE TABLE comparison_pin_cell (
        pin_id INTEGER NOT NULL REFERENCES comparison_pin(id) ON DELETE CASCADE,
        position INTEGER NOT NULL CHECK (position BETWEEN 0 AND 3),
        annotation_id INTEGER NOT NULL REFERENCES annotation(id) ON DELETE CASCADE,
        PRIMARY KEY (pin_id, position)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX comparison_pin_cell_by_annotation ON comparison_pin_cell (annotation_id);

      CREATE TRIGGER comparison_pin_goes_with_its_statements
      AFTER DELETE ON comparison_pin_cell
      BEGIN
        DELETE FROM comparison_pin WHERE id = OLD.pin_id;
      END;
    `);
  },
};
