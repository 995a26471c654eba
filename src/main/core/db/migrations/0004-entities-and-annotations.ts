import type { Migration } from './migration';

/**
 * The entity registry and the annotations anchored in sources.
 *
 * An annotation is a span of a source's canonical text, stored with both W3C selectors: the
 * position (code points) and the quote (exact text with 32 characters either side), so it can
 * be placed again if the position no longer fits. Each kind keeps its own fields in its own
 * table (quote, claim, event), so later views (timeline, compare, fact-check) query columns,
 * not JSON. A mention is the annotation's `entity_id`; the people of a quote, claim or event
 * are named by their own columns and `event_entity`.
 *
 * Entities merged into another keep their row, marked `merged_into`, with what moved recorded
 * in `entity_merge`, so a merge can be undone exactly.
 */
export const migration0004: Migration = {
  version: 4,
  name: 'entities and annotations',
  up(db) {
    db.exec(`
      CREATE TABLE entity (
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL CHECK (length(trim(name)) > 0),
        type TEXT NOT NULL CHECK (type IN ('person', 'organisation', 'place', 'money', 'date', 'other')),
        description TEXT NOT NULL DEFAULT '',
        money_amount REAL,
        money_currency TEXT CHECK (money_currency IS NULL OR money_currency GLOB '[A-Z][A-Z][A-Z]'),
        date_value TEXT,
        merged_into INTEGER REFERENCES entity(id),
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX entity_by_name ON entity (name COLLATE NOCASE);

      CREATE TABLE entity_alias (
        id INTEGER PRIMARY KEY,
        entity_id INTEGER NOT NULL REFERENCES entity(id) ON DELETE CASCADE,
        alias TEXT NOT NULL CHECK (length(trim(alias)) > 0),
        UNIQUE (entity_id, alias)
      ) STRICT;
      CREATE INDEX entity_alias_by_alias ON entity_alias (alias COLLATE NOCASE);

      CREATE TABLE annotation (
        id INTEGER PRIMARY KEY,
        source_id INTEGER NOT NULL REFERENCES source(id) ON DELETE CASCADE,
        kind TEXT NOT NULL CHECK (kind IN ('quote', 'mention', 'claim', 'event', 'comment')),
        start INTEGER NOT NULL CHECK (start >= 0),
        end INTEGER NOT NULL CHECK (end >= start),
        exact TEXT NOT NULL,
        prefix TEXT NOT NULL,
        suffix TEXT NOT NULL,
        entity_id INTEGER REFERENCES entity(id) ON DELETE SET NULL,
        note TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX annotation_by_source ON annotation (source_id, start);
      CREATE INDEX annotation_by_entity ON annotation (entity_id);

      CREATE TABLE quote (
        annotation_id INTEGER PRIMARY KEY REFERENCES annotation(id) ON DELETE CASCADE,
        speaker_id INTEGER REFERENCES entity(id) ON DELETE SET NULL,
        said_on TEXT,
        channel TEXT NOT NULL DEFAULT '',
        addressed_to TEXT NOT NULL DEFAULT '',
        direct INTEGER NOT NULL DEFAULT 1 CHECK (direct IN (0, 1))
      ) STRICT;
      CREATE INDEX quote_by_speaker ON quote (speaker_id);

      CREATE TABLE claim (
        annotation_id INTEGER PRIMARY KEY REFERENCES annotation(id) ON DELETE CASCADE,
        speaker_id INTEGER REFERENCES entity(id) ON DELETE SET NULL,
        status TEXT NOT NULL DEFAULT 'unchecked'
          CHECK (status IN ('unchecked', 'in-progress', 'verified', 'false', 'misleading', 'unverifiable')),
        claimed_on TEXT
      ) STRICT;
      CREATE INDEX claim_by_speaker ON claim (speaker_id);

      CREATE TABLE event (
        annotation_id INTEGER PRIMARY KEY REFERENCES annotation(id) ON DELETE CASCADE,
        what TEXT NOT NULL DEFAULT '',
        starts_on TEXT,
        ends_on TEXT,
        approximate INTEGER NOT NULL DEFAULT 0 CHECK (approximate IN (0, 1))
      ) STRICT;

      CREATE TABLE event_entity (
        annotation_id INTEGER NOT NULL REFERENCES event(annotation_id) ON DELETE CASCADE,
        entity_id INTEGER NOT NULL REFERENCES entity(id) ON DELETE CASCADE,
        PRIMARY KEY (annotation_id, entity_id)
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX event_entity_by_entity ON event_entity (entity_id);

      CREATE TABLE entity_merge (
        id INTEGER PRIMARY KEY,
        merged_id INTEGER NOT NULL REFERENCES entity(id),
        into_id INTEGER NOT NULL REFERENCES entity(id),
        moved TEXT NOT NULL CHECK (json_valid(moved)),
        at TEXT NOT NULL,
        undone_at TEXT
      ) STRICT;
    `);
  },
};
