import type { Migration } from './migration';

/**
 * What the offline analysis suggests, kept with the reporter's decision on each: a suggestion
 * rejected is not made again, one accepted points at the annotation it became. The fingerprint
 * (kind, span and value) is how a re-analysis recognises a suggestion already decided.
 */
export const migration0007: Migration = {
  version: 7,
  name: 'analysis suggestions',
  up(db) {
    db.exec(`
      CREATE TABLE suggestion (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        source_id INTEGER NOT NULL REFERENCES source(id) ON DELETE CASCADE,
        kind TEXT NOT NULL CHECK (kind IN ('person', 'organisation', 'place', 'money', 'date', 'quote', 'event')),
        start INTEGER NOT NULL CHECK (start >= 0),
        end INTEGER NOT NULL CHECK (end > start),
        exact TEXT NOT NULL,
        prefix TEXT NOT NULL,
        suffix TEXT NOT NULL,
        payload TEXT NOT NULL CHECK (json_valid(payload)),
        fingerprint TEXT NOT NULL,
        analyzer TEXT NOT NULL,
        analyzer_version TEXT NOT NULL,
        status TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'accepted', 'rejected')),
        annotation_id INTEGER REFERENCES annotation(id) ON DELETE SET NULL,
        created_at TEXT NOT NULL,
        decided_at TEXT,
        UNIQUE (source_id, fingerprint)
      ) STRICT;
      CREATE INDEX suggestion_by_source ON suggestion (source_id, status, start);
      CREATE INDEX suggestion_by_annotation ON suggestion (annotation_id) WHERE annotation_id IS NOT NULL;

      CREATE TABLE analysis_run (
        source_id INTEGER PRIMARY KEY REFERENCES source(id) ON DELETE CASCADE,
        analyzer_version TEXT NOT NULL,
        reference_date TEXT NOT NULL,
        reference_basis TEXT NOT NULL CHECK (reference_basis IN ('published', 'imported')),
        analyzed_at TEXT NOT NULL
      ) STRICT;
    `);
  },
};
