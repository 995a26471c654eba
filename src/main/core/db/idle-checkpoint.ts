import type Database from 'better-sqlite3';

export interface IdleCheckpointOptions {
  /** How long the file must go without a change before its WAL is copied into it. */
  idleMs?: number;
  /** How often to look; the timer never keeps the process alive. */
  pollMs?: number;
  /** Tests only: the clock. */
  now?: () => number;
}

const DEFAULT_IDLE_MS = 1500;
const DEFAULT_POLL_MS = 500;

/**
 * Keeps the main file current while it is open. SQLite only checkpoints on its own once the
 * WAL reaches about 1000 pages, so without this a file copied while Sourcebook has it open
 * (just the .sourcebook file, as people copy files) would lack everything since it was opened.
 *
 * Every `pollMs` it compares the connection's `total_changes()` with what it saw last; once
 * the count has not moved for `idleMs` and has moved since the last checkpoint, it runs a
 * PASSIVE checkpoint, which never waits and never blocks a write. Returns the function that
 * stops it; call it before closing the connection.
 */
export function startIdleCheckpoints(db: Database.Database, options: IdleCheckpointOptions = {}): () => void {
  const idleMs = options.idleMs ?? DEFAULT_IDLE_MS;
  const now = options.now ?? (() => Date.now());
  const totalChanges = db.prepare('SELECT total_changes()').pluck();

  let seen = totalChanges.get() as number;
  let changedAt = now();
  // Unknown at first: whatever opening wrote (an upgrade, say) is checkpointed once idle too.
  let checkpointed: number | null = null;

  const tick = () => {
    if (!db.open) return stop();
    if (db.inTransaction) return;
    try {
      const changes = totalChanges.get() as number;
      if (changes !== seen) {
        seen = changes;
        changedAt = now();
        return;
      }
      if (changes === checkpointed || now() - changedAt < idleMs) return;
      const [result] = db.pragma('wal_checkpoint(PASSIVE)') as Array<{ busy: number; log: number; checkpointed: number }>;
      // Only a checkpoint that copied the whole WAL counts; otherwise the next look tries again.
      if (result && result.busy === 0 && result.checkpointed === result.log) checkpointed = changes;
    } catch (error) {
      console.warn('Could not checkpoint the open investigation:', error);
    }
  };

  const timer = setInterval(tick, options.pollMs ?? DEFAULT_POLL_MS);
  timer.unref?.();
  function stop(): void {
    clearInterval(timer);
  }
  return stop;
}
