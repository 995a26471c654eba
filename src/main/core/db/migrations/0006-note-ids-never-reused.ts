import type { Migration } from './migration';

/**
 * A deleted note's id is never given to a new note. Without AUTOINCREMENT, SQLite hands out
 * the highest id plus one, so deleting the newest note and writing another reused its id: a
 * window or a link still holding the old note would then save into, or open, a different one.
 *
 * SQLite cannot add AUTOINCREMENT to a table, so the table is rebuilt with every row and id
 * kept (the 12-step way: nothing references `note`, so no foreign key needs care). Copying the
 * rows records the highest id in `sqlite_sequence`; ids above it, of notes deleted before this
 * upgrade, were never recorded anywhere and cannot be protected.
 */
export const migration0006: Migration = {
  version: 6,
  name: 'note ids never reused',
  up(db) {
    db.exec(`
      CREATE TABLE note_new (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        title TEXT NOT NULL,
        content TEXT NOT NULL CHECK (json_valid(content)),
        plain_text TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      INSERT INTO note_new (id, title, content, plain_text, created_at, updated_at)
        SELECT id, title, content, plain_text, created_at, updated_at FROM note;
      DROP TABLE note;
      ALTER TABLE note_new RENAME TO note;
      CREATE INDEX note_by_update ON note (updated_at DESC);
    `);
  },
};
