import type Database from 'better-sqlite3';
import type { CitedSource, FactCheck, Rating } from '../../../../shared/domain/fact-check';
import { listFactChecks, readCitedSources } from '../read-fact-checks';
import { listScale } from '../rating-scale';

/** Everything an export of the sheet says, read once and handed to each format's writer. */
export interface FactCheckExportData {
  investigation: string;
  exportedAt: Date;
  checks: FactCheck[];
  /** Every source a claim appears in or evidence cites, with its SHA-256, by id. */
  sources: CitedSource[];
  scale: Rating[];
}

export function readExportData(db: Database.Database, options: { claimIds?: readonly number[]; now?: Date } = {}): FactCheckExportData {
  const checks = listFactChecks(db, options.claimIds ? { claimIds: options.claimIds } : {});
  const ids = new Set<number>();
  for (const check of checks) {
    ids.add(check.source.id);
    for (const item of check.evidence) if (item.sourceId !== null) ids.add(item.sourceId);
  }
  const name = db.prepare('SELECT name FROM investigation WHERE id = 1').pluck().get() as string | undefined;
  return {
    investigation: name?.trim() || 'Investigation',
    exportedAt: options.now ?? new Date(),
    checks,
    sources: [...readCitedSources(db, [...ids]).values()],
    scale: listScale(db),
  };
}
