import type { Migration } from './migration';

const ITEM_ID = (column: string) => `(${column} GLOB 'annotation:[1-9]*' OR ${column} GLOB 'entry:[1-9]*')`;

/**
 * The reporter's word on whether two timeline items describe one event: `same` (two outlets
 * dating one cancellation a day apart, however far apart they are) or `different` (two
 * meetings a week apart that only look alike). Items are named as the timeline names them
 * ("annotation:12", "entry:5"), the smaller id first, so a pair is stored once.
 *
 * A link to an entry outlives the entry on purpose: entry ids are never reused, so the link is
 * inert until undoing the delete brings the entry, and the link with it, back. A deleted
 * annotation takes its links with it: until migration 12, a new annotation could be given its
 * id, and must not inherit a link the reporter made for another.
 */
export const migration0010: Migration = {
  version: 10,
  name: 'timeline links',
  up(db) {
    db.exec(`
      CREATE TABLE timeline_link (
        item_a TEXT NOT NULL CHECK ${ITEM_ID('item_a')},
        item_b TEXT NOT NULL CHECK ${ITEM_ID('item_b')},
        relation TEXT NOT NULL CHECK (relation IN ('same', 'different')),
        created_at TEXT NOT NULL,
        PRIMARY KEY (item_a, item_b),
        CHECK (item_a < item_b)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX timeline_link_by_b ON timeline_link (item_b);
      CREATE TRIGGER timeline_link_goes_with_annotation AFTER DELETE ON annotation BEGIN
        DELETE FROM timeline_link WHERE item_a = 'annotation:' || OLD.id OR item_b = 'annotation:' || OLD.id;
      END;
    `);
  },
};
