import type Database from 'better-sqlite3';

/**
 * Remembers the last few answers computed from a database for as long as nothing in it has
 * changed. "Changed" is asked of SQLite itself, which is what makes this safe without any
 * event plumbing: `total_changes()` counts every row this connection has inserted, updated or
 * deleted (triggers included), and `PRAGMA data_version` moves when another connection
 * commits. A reporter going back to the timeline, with nothing tagged meanwhile, gets it
 * without the listing being built again; after any write it is built afresh.
 */
export class ListingCache<T> {
  private readonly entries = new WeakMap<Database.Database, { version: string; answers: Map<string, T> }>();

  constructor(private readonly capacity = 4) {}

  get(db: Database.Database, key: string, compute: () => T): T {
    const version = versionOf(db);
    let entry = this.entries.get(db);
    if (!entry || entry.version !== version) {
      entry = { version, answers: new Map() };
      this.entries.set(db, entry);
    }
    const known = entry.answers.get(key);
    if (known !== undefined) {
      // Most recently used last, so the oldest is the one let go.
      entry.answers.delete(key);
      entry.answers.set(key, known);
      return known;
    }
    const answer = compute();
    // Computing may itself write (it should not, but then the answer is already stale).
    if (versionOf(db) !== version) return answer;
    entry.answers.set(key, answer);
    if (entry.answers.size > this.capacity) entry.answers.delete(entry.answers.keys().next().value!);
    return answer;
  }
}

function versionOf(db: Database.Database): string {
  const changes = db.prepare('SELECT total_changes()').pluck().get() as number;
  const dataVersion = db.pragma('data_version', { simple: true }) as number;
  return `${changes}:${dataVersion}`;
}
