import type { Migration } from './migration';

const PARTIAL_DATE = (column: string) => `(
  ${column} GLOB '[0-9][0-9][0-9][0-9]'
  OR ${column} GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]'
  OR ${column} GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'
)`;

/**
 * Events the reporter types on the timeline itself, found in no source, linked to entities.
 * Ids are never reused (AUTOINCREMENT), so undoing a delete puts an entry back under the id
 * that notes and exports may already cite. Links to entities merged into others stay as they
 * are: the timeline reads them through `entity.merged_into`, so undoing a merge needs nothing here.
 */
export const migration0008: Migration = {
  version: 8,
  name: 'timeline entries',
  up(db) {
    db.exec(`
      CREATE TABLE timeline_entry (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        what TEXT NOT NULL CHECK (length(trim(what)) > 0),
        starts_on TEXT NOT NULL CHECK ${PARTIAL_DATE('starts_on')},
        ends_on TEXT CHECK (ends_on IS NULL OR ${PARTIAL_DATE('ends_on')}),
        approximate INTEGER NOT NULL DEFAULT 0 CHECK (approximate IN (0, 1)),
        note TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE timeline_entry_entity (
        entry_id INTEGER NOT NULL REFERENCES timeline_entry(id) ON DELETE CASCADE,
        entity_id INTEGER NOT NULL REFERENCES entity(id) ON DELETE CASCADE,
        PRIMARY KEY (entry_id, entity_id)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX timeline_entry_entity_by_entity ON timeline_entry_entity (entity_id);
    `);
  },
};
