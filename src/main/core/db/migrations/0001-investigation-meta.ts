import type { Migration } from './migration';

/**
 * What the investigation is: one row, written when the file is created. `created_by_version`
 * records the app version that made the file, which helps when a reporter sends a file in.
 */
export const migration0001: Migration = {
  version: 1,
  name: 'investigation meta',
  up(db) {
    db.exec(`
      CREATE TABLE investigation (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        name TEXT NOT NULL CHECK (length(trim(name)) > 0),
        description TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        created_by_version TEXT NOT NULL,
        is_sample INTEGER NOT NULL DEFAULT 0 CHECK (is_sample IN (0, 1)),
        updated_at TEXT
      ) STRICT;
    `);
  },
};
