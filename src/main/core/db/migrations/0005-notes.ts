import type { Migration } from './migration';

/**
 * The reporter's notebook: several notes per investigation, each a Lexical editor state
 * (`content`, JSON) and its plain text (`plain_text`, for search and previews). Saved as the
 * reporter types, so a note is never more than a moment behind the screen.
 */
export const migration0005: Migration = {
  version: 5,
  name: 'notes',
  up(db) {
    db.exec(`
      CREATE TABLE note (
        id INTEGER PRIMARY KEY,
        title TEXT NOT NULL,
        content TEXT NOT NULL CHECK (json_valid(content)),
        plain_text TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX note_by_update ON note (updated_at DESC);
    `);
  },
};
