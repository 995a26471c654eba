import type { Migration } from './migration';

/**
 * Who changed which claim or entity, when, from what to what. Fact-checks must be
 * accountable, so the log is append-only: triggers refuse every UPDATE and DELETE.
 */
export const migration0003: Migration = {
  version: 3,
  name: 'audit log',
  up(db) {
    db.exec(`
      CREATE TABLE audit_log (
        id INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        actor TEXT NOT NULL,
        entity_type TEXT NOT NULL,
        entity_id INTEGER,
        action TEXT NOT NULL,
        before TEXT CHECK (before IS NULL OR json_valid(before)),
        after TEXT CHECK (after IS NULL OR json_valid(after))
      ) STRICT;

      CREATE INDEX audit_log_by_entity ON audit_log (entity_type, entity_id, id);

      CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
      BEGIN
        SELECT RAISE(ABORT, 'the audit log is append-only: entries cannot be changed');
      END;

      CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
      BEGIN
        SELECT RAISE(ABORT, 'the audit log is append-only: entries cannot be deleted');
      END;
    `);
  },
};
