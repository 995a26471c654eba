import type { Migration } from './migration';

/** The default rating scale, best first, as many newsrooms word it. */
export const DEFAULT_RATINGS = ['True', 'Mostly true', 'Half true', 'Mostly false', 'False'] as const;

/**
 * The fact-check sheet. A claim's status stays in `claim` (migration 4, shared with the
 * inspector); what a check adds lives beside it, one row per checked claim, so claims that
 * nobody has checked yet need no row and tagging does not change.
 *
 * - `fact_check_rating`: the investigation's rating scale, ordered by `position` (best first).
 *   A rating still given to a claim cannot be deleted (RESTRICT): the service says which claims
 *   use it, rather than verdicts disappearing from a sheet someone signed off.
 * - `claim_check`: rating, method, checker, date checked and notes of one claim; goes with it.
 * - `claim_evidence`: what supports or refutes a claim: another span, a whole source, an address,
 *   or words. A cited span or source that is later removed leaves the evidence in place with
 *   its link cleared and `cited` (the words or title as they were when cited) still readable:
 *   a verdict must not lose its evidence silently.
 */
export const migration0009: Migration = {
  version: 9,
  name: 'fact-check',
  up(db) {
    db.exec(`
      CREATE TABLE fact_check_rating (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        label TEXT NOT NULL CHECK (length(trim(label)) > 0 AND length(label) <= 100),
        position INTEGER NOT NULL UNIQUE CHECK (position >= 0)
      ) STRICT;
      CREATE UNIQUE INDEX fact_check_rating_by_label ON fact_check_rating (label COLLATE NOCASE);

      CREATE TABLE claim_check (
        claim_id INTEGER PRIMARY KEY REFERENCES claim(annotation_id) ON DELETE CASCADE,
        rating_id INTEGER REFERENCES fact_check_rating(id) ON DELETE RESTRICT,
        method TEXT CHECK (method IS NULL OR method IN ('primary', 'secondary')),
        checker TEXT NOT NULL DEFAULT '',
        checked_on TEXT CHECK (checked_on IS NULL OR checked_on GLOB '[0-9][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]'),
        notes TEXT NOT NULL DEFAULT '',
        updated_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX claim_check_by_rating ON claim_check (rating_id);

      CREATE TABLE claim_evidence (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        claim_id INTEGER NOT NULL REFERENCES claim(annotation_id) ON DELETE CASCADE,
        kind TEXT NOT NULL CHECK (kind IN ('annotation', 'source', 'url', 'text')),
        annotation_id INTEGER REFERENCES annotation(id) ON DELETE SET NULL,
        source_id INTEGER REFERENCES source(id) ON DELETE SET NULL,
        url TEXT,
        text TEXT NOT NULL DEFAULT '',
        cited TEXT NOT NULL DEFAULT '',
        created_at TEXT NOT NULL,
        CHECK (
          (kind = 'annotation' AND url IS NULL)
          OR (kind = 'source' AND annotation_id IS NULL AND url IS NULL)
          OR (kind = 'url' AND annotation_id IS NULL AND source_id IS NULL AND url IS NOT NULL AND length(trim(url)) > 0)
          OR (kind = 'text' AND annotation_id IS NULL AND source_id IS NULL AND url IS NULL AND length(trim(text)) > 0)
        )
      ) STRICT;
      CREATE INDEX claim_evidence_by_claim ON claim_evidence (claim_id, id);
      CREATE INDEX claim_evidence_by_annotation ON claim_evidence (annotation_id) WHERE annotation_id IS NOT NULL;
      CREATE INDEX claim_evidence_by_source ON claim_evidence (source_id) WHERE source_id IS NOT NULL;
    `);
    const insert = db.prepare('INSERT INTO fact_check_rating (label, position) VALUES (?, ?)');
    DEFAULT_RATINGS.forEach((label, position) => insert.run(label, position));
  },
};
