import type { Migration } from './migration';

/**
 * Imported sources. The original bytes, their SHA-256 and the canonical text are the evidence
 * every annotation anchors to, so triggers refuse to change them once a source is imported;
 * the descriptive metadata (title, outlet, authors, date, URL...) stays editable.
 * `structure` is a JSON array of blocks ({kind, start, end, level?}) in code points.
 */
export const migration0002: Migration = {
  version: 2,
  name: 'sources',
  up(db) {
    db.exec(`
      CREATE TABLE source (
        id INTEGER PRIMARY KEY,
        title TEXT NOT NULL,
        outlet TEXT,
        authors TEXT NOT NULL DEFAULT '[]'
          CHECK (json_valid(authors) AND json_type(authors) = 'array'),
        published_date TEXT CHECK (
          published_date IS NULL
          OR published_date GLOB '[0-9][0-9][0-9][0-9]'
          OR published_date GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]'
          OR published_date GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'
        ),
        url TEXT,
        language TEXT,
        description TEXT NOT NULL DEFAULT '',
        file_name TEXT,
        mime_type TEXT NOT NULL,
        size_bytes INTEGER NOT NULL CHECK (size_bytes = length(original)),
        sha256 TEXT NOT NULL UNIQUE
          CHECK (length(sha256) = 64 AND sha256 NOT GLOB '*[^0-9a-f]*'),
        original BLOB NOT NULL,
        canonical_text TEXT NOT NULL,
        structure TEXT NOT NULL DEFAULT '[]'
          CHECK (json_valid(structure) AND json_type(structure) = 'array'),
        word_count INTEGER NOT NULL CHECK (word_count >= 0),
        imported_at TEXT NOT NULL
      ) STRICT;

      CREATE INDEX source_by_import ON source (imported_at DESC, id DESC);

      CREATE TRIGGER source_evidence_is_immutable
      BEFORE UPDATE OF original, canonical_text, sha256 ON source
      BEGIN
        SELECT RAISE(ABORT, 'a source''s original, canonical_text and sha256 cannot change after import');
      END;
    `);
  },
};
