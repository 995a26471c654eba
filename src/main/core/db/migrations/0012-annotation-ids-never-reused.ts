import type { Migration } from './migration';

/**
 * A deleted annotation's id is never given to a new one. The table has no AUTOINCREMENT, so
 * SQLite hands out the highest id plus one: removing the newest tag and tagging again reused
 * its id, and whatever still named the old one (a quote card in a note, a comparison's pin, a
 * timeline link, a claim's evidence) would have named the new one instead.
 *
 * SQLite cannot add AUTOINCREMENT to a table that so much refers to, so the highest id ever
 * given is kept beside it, raised by a trigger on every insert, and new annotations are
 * numbered from it (annotation-repository's nextAnnotationId). It starts at the highest id in
 * the table or in the audit log, which remembers annotations deleted before this upgrade too.
 */
export const migration0012: Migration = {
  version: 12,
  name: 'annotation ids never reused',
  up(db) {
    db.exec(`
      CREATE TABLE id_high_water (
        name TEXT PRIMARY KEY,
        last INTEGER NOT NULL CHECK (last >= 0)
      ) STRICT, WITHOUT ROWID;
      INSERT INTO id_high_water (name, last) VALUES ('annotation', max(
        coalesce((SELECT max(id) FROM annotation), 0),
        coalesce((SELECT max(entity_id) FROM audit_log WHERE entity_type IN ('annotation', 'claim')), 0)
      ));
      CREATE TRIGGER annotation_id_high_water AFTER INSERT ON annotation BEGIN
        UPDATE id_high_water SET last = max(last, NEW.id) WHERE name = 'annotation';
      END;
    `);
  },
};
