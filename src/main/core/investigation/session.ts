import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import type { AppEvent } from '../../../shared/contract';
import type { InvestigationInfo } from '../../../shared/domain/investigation';
import { closeInvestigationDatabase, openInvestigationDatabase, type OpenedDatabase } from '../db';
import { ServiceError } from '../service-error';
import type { TaskHandle } from '../tasks';
import { withInvestigationExtension } from './file-names';
import { describeInvestigation, updateMeta, writeInitialMeta } from './meta';
import { RecentFiles } from './recent-files';
import { createSampleInvestigation, SAMPLE_FILE_NAME } from './sample';
import { checkCopyTarget, copyInvestigation } from './save-copy';

export interface InvestigationSessionDeps {
  /** Where new investigations, the sample and recent.json go by default. */
  dataDir: string;
  /** The app's resources folder (holding sample/). */
  resourcesDir: string;
  appVersion: string;
  /** Every window hears about an investigation opened or changed, whoever asked for it. */
  emit: (event: AppEvent) => void;
}

interface OpenInvestigation {
  db: Database.Database;
  path: string;
  /** Known only in the session that upgraded the file; reported with every description of it. */
  upgrade: { fromVersion: number; backupPath: string } | null;
}

/**
 * The one investigation open in this process. Opening another replaces it only once the new
 * one has opened, so a refused file never leaves the reporter with nothing open. Operations
 * that take time (open, create, copy) run one after another, so a file is never closed under
 * a copy that is still reading it.
 */
export class InvestigationSession {
  readonly recent: RecentFiles;
  // Held here for as long as the file is open: a connection that is dropped is closed by the
  // garbage collector, and with it the lock that keeps other processes out.
  private opened: OpenInvestigation | null = null;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(private readonly deps: InvestigationSessionDeps) {
    this.recent = new RecentFiles(deps.dataDir);
  }

  get dataDir(): string {
    return this.deps.dataDir;
  }

  current(): InvestigationInfo | null {
    return this.opened ? this.describe(this.opened) : null;
  }

  requireDb(): Database.Database {
    return this.requireOpen().db;
  }

  /** Paths from the UI may be relative: they are taken as inside the data folder. */
  resolvePath(filePath: string): string {
    return path.resolve(this.deps.dataDir, filePath);
  }

  create(filePath: string, name: string): Promise<InvestigationInfo> {
    return this.serialize(async () => {
      const target = withInvestigationExtension(this.resolvePath(filePath));
      // The data folder is Sourcebook's own and may not exist yet; any other folder must.
      if (path.dirname(target) === path.resolve(this.deps.dataDir)) fs.mkdirSync(this.deps.dataDir, { recursive: true });
      const opened = await openInvestigationDatabase(target, {
        mode: 'create',
        initialize: (db) => writeInitialMeta(db, { name: name.trim(), appVersion: this.deps.appVersion }),
      });
      return this.adopt(opened, target);
    });
  }

  open(filePath: string): Promise<InvestigationInfo> {
    return this.serialize(() => this.openNow(this.resolvePath(filePath)));
  }

  /** The bundled sample, made in the data folder on first use and simply opened after that. */
  openSample(): Promise<InvestigationInfo> {
    return this.serialize(async () => {
      const samplePath = path.join(path.resolve(this.deps.dataDir), SAMPLE_FILE_NAME);
      if (fs.existsSync(samplePath)) return this.openNow(samplePath);
      fs.mkdirSync(this.deps.dataDir, { recursive: true });
      const opened = await createSampleInvestigation(samplePath, this.deps.resourcesDir, this.deps.appVersion);
      return this.adopt(opened, samplePath);
    });
  }

  update(changes: { name?: string; description?: string }): InvestigationInfo {
    const open = this.requireOpen();
    const name = changes.name?.trim();
    updateMeta(open.db, { name, description: changes.description });
    const info = this.describe(open);
    if (name !== undefined) this.rememberQuietly(() => this.recent.rename(open.path, info.name));
    this.deps.emit({ type: 'investigation.updated', investigation: info });
    return info;
  }

  /** Copies the open investigation to a new file; `startTask` registers the cancellable task. */
  saveCopy(filePath: string, startTask: (label: string) => TaskHandle): Promise<{ path: string; bytes: number }> {
    return this.serialize(async () => {
      const open = this.requireOpen();
      const target = withInvestigationExtension(this.resolvePath(filePath));
      checkCopyTarget(open.path, target);
      const task = startTask(`Saving a copy of “${this.describe(open).name}”`);
      return copyInvestigation(open.db, target, task);
    });
  }

  /** Closes the open investigation, leaving one self-contained file. Call it on quit. */
  close(): void {
    const open = this.opened;
    this.opened = null;
    if (open) closeInvestigationDatabase(open.db);
  }

  private async openNow(target: string): Promise<InvestigationInfo> {
    if (this.opened && isSameFile(this.opened.path, target)) return this.announce(this.opened);
    const opened = await openInvestigationDatabase(target, { mode: 'open' });
    return this.adopt(opened, target);
  }

  private adopt(opened: OpenedDatabase, filePath: string): InvestigationInfo {
    const upgrade =
      opened.backupPath && opened.migratedFrom ? { fromVersion: opened.migratedFrom, backupPath: opened.backupPath } : null;
    const next: OpenInvestigation = { db: opened.db, path: filePath, upgrade };
    let info: InvestigationInfo;
    try {
      info = this.describe(next);
    } catch (error) {
      closeInvestigationDatabase(opened.db);
      throw error;
    }
    const previous = this.opened;
    this.opened = next;
    if (previous) closeInvestigationDatabase(previous.db);
    if (opened.backupPath) console.info(`Upgraded ${filePath} from schema ${opened.migratedFrom}; backup at ${opened.backupPath}`);
    return this.announce(next, info);
  }

  private announce(open: OpenInvestigation, info = this.describe(open)): InvestigationInfo {
    this.rememberQuietly(() => this.recent.remember(open.path, info.name));
    this.deps.emit({ type: 'investigation.opened', investigation: info });
    return info;
  }

  private describe(open: OpenInvestigation): InvestigationInfo {
    return { ...describeInvestigation(open.db, open.path, this.deps.appVersion), upgrade: open.upgrade };
  }

  private requireOpen(): OpenInvestigation {
    if (!this.opened) {
      throw new ServiceError('NO_INVESTIGATION', 'No investigation is open. Open or create one first.');
    }
    return this.opened;
  }

  /** The recent list is a convenience: failing to update it must not fail the open. */
  private rememberQuietly(update: () => unknown): void {
    try {
      update();
    } catch (error) {
      console.warn('Could not update the recent list:', error);
    }
  }

  private serialize<T>(work: () => Promise<T>): Promise<T> {
    const result = this.queue.then(work, work);
    this.queue = result.catch(() => undefined);
    return result;
  }
}

/** Same file even when reached by another spelling of its path (case, symbolic links). */
function isSameFile(a: string, b: string): boolean {
  if (path.resolve(a) === path.resolve(b)) return true;
  try {
    const [sa, sb] = [fs.statSync(a), fs.statSync(b)];
    // Some Windows file systems report no file index (0), which would make every file the same.
    return sa.ino !== 0 && sa.dev === sb.dev && sa.ino === sb.ino;
  } catch {
    return false;
  }
}
