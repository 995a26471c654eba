import type Database from 'better-sqlite3';

/**
 * Closes an investigation so that it is one self-contained file again: the WAL is folded back
 * into the main file and truncated, so the file can be copied, mailed or handed to an editor.
 */
export function closeInvestigationDatabase(db: Database.Database): void {
  if (!db.open) return;
  try {
    db.pragma('optimize');
    db.pragma('wal_checkpoint(TRUNCATE)');
  } catch (error) {
    // Closing still checkpoints what it can; a failure here must not keep the file locked.
    console.warn('Could not optimise or checkpoint the investigation before closing:', error);
  } finally {
    db.close();
  }
}
