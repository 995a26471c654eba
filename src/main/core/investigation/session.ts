import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import type { AppEvent } from '../../../shared/contract';
import type { InvestigationInfo } from '../../../shared/domain/investigation';
import {
  closeInvestigationDatabase,
  openInvestigationDatabase,
  startIdleCheckpoints,
  type IdleCheckpointOptions,
  type OpenedDatabase,
} from '../db';
import { ServiceError } from '../service-error';
import type { TaskHandle } from '../tasks';
import { withInvestigationExtension } from './file-names';
import { describeInvestigation, updateMeta, writeInitialMeta } from './meta';
import { checkedInvestigationName } from './names';
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
  /** Tests only: the timing of the checkpoints that keep the main file current while open. */
  checkpoints?: IdleCheckpointOptions;
}

interface OpenInvestigation {
  db: Database.Database;
  path: string;
  /** Stops the idle checkpoints; called before the connection closes. */
  stopCheckpoints: () => void;
  /** Known only in the session that upgraded the file; reported with every description of it. */
  upgrade: { fromVersion: number; backupPath: string } | null;
}

/**
 * The one investigation open in this process. Opening another replaces it only once the new
 * one has opened, so a refused file never leaves the reporter with nothing open. Operations
 * that take time (open, create, copy) run one after another, and so does close(), so a file
 * is never closed under a copy that is still reading it, nor opened after the app has closed.
 * While a file is open its changes are checkpointed into it once it has been idle a moment.
 */
export class InvestigationSession {
  readonly recent: RecentFiles;
  // Held here for as long as the file is open: a connection that is dropped is closed by the
  // garbage collector, and with it the lock that keeps other processes out.
  private opened: OpenInvestigation | null = null;
  private queue: Promise<unknown> = Promise.resolve();
  /** Set once close() is called: from then on no new work is taken. */
  private closing: Promise<void> | null = null;

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
    this.refuseIfClosing();
    return this.requireOpen().db;
  }

  /** Paths from the UI may be relative: they are taken as inside the data folder. */
  resolvePath(filePath: string): string {
    return path.resolve(this.deps.dataDir, filePath);
  }

  create(filePath: string, name: string): Promise<InvestigationInfo> {
    return this.serialize(async () => {
      const checkedName = checkedInvestigationName(name);
      const target = withInvestigationExtension(this.resolvePath(filePath));
      // The data folder is Sourcebook's own and may not exist yet; any other folder must.
      if (path.dirname(target) === path.resolve(this.deps.dataDir)) fs.mkdirSync(this.deps.dataDir, { recursive: true });
      const opened = await openInvestigationDatabase(target, {
        mode: 'create',
        initialize: (db) => writeInitialMeta(db, { name: checkedName, appVersion: this.deps.appVersion }),
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
      removeEmptyLeftover(samplePath);
      if (fs.existsSync(samplePath)) return this.openNow(samplePath);
      fs.mkdirSync(this.deps.dataDir, { recursive: true });
      const opened = await createSampleInvestigation(samplePath, this.deps.resourcesDir, this.deps.appVersion);
      return this.adopt(opened, samplePath);
    });
  }

  update(changes: { name?: string; description?: string }): InvestigationInfo {
    this.refuseIfClosing();
    const open = this.requireOpen();
    const name = changes.name === undefined ? undefined : checkedInvestigationName(changes.name);
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

  /**
   * Closes the open investigation, leaving one self-contained file. Call it on quit: it waits
   * for the work already queued (an open, an upgrade and its backup, a copy) to finish, and
   * from the moment it is called the session takes no new work. Calling it again returns the
   * same promise.
   */
  close(): Promise<void> {
    if (!this.closing) {
      const closeNow = () => {
        const open = this.opened;
        this.opened = null;
        if (open) closeOpen(open);
      };
      this.closing = this.queue.then(closeNow, closeNow);
      this.queue = this.closing.catch(() => undefined);
    }
    return this.closing;
  }

  private async openNow(target: string): Promise<InvestigationInfo> {
    if (this.opened && isSameFile(this.opened.path, target)) return this.announce(this.opened);
    const opened = await openInvestigationDatabase(target, { mode: 'open' });
    return this.adopt(opened, target);
  }

  private adopt(opened: OpenedDatabase, filePath: string): InvestigationInfo {
    const upgrade =
      opened.backupPath && opened.migratedFrom ? { fromVersion: opened.migratedFrom, backupPath: opened.backupPath } : null;
    const next: OpenInvestigation = { db: opened.db, path: filePath, upgrade, stopCheckpoints: () => {} };
    let info: InvestigationInfo;
    try {
      info = this.describe(next);
    } catch (error) {
      closeInvestigationDatabase(opened.db);
      throw error;
    }
    next.stopCheckpoints = startIdleCheckpoints(opened.db, this.deps.checkpoints);
    const previous = this.opened;
    this.opened = next;
    if (previous) closeOpen(previous);
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

  /** Work asked for once close() has been called is refused: the app is quitting. */
  private refuseIfClosing(): void {
    if (this.closing) {
      throw new ServiceError(
        'CANCELLED',
        'Sourcebook is closing the investigation, so this was not done; nothing was changed.',
      );
    }
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
    try {
      this.refuseIfClosing();
    } catch (error) {
      return Promise.reject(error);
    }
    const result = this.queue.then(work, work);
    this.queue = result.catch(() => undefined);
    return result;
  }
}

function closeOpen(open: OpenInvestigation): void {
  open.stopCheckpoints();
  closeInvestigationDatabase(open.db);
}

/**
 * An empty file where Sourcebook makes one of its own (the sample) is what a creation cut
 * short by a crash leaves (see createDatabase): it holds nothing, so it is cleared to be made
 * again rather than refused forever. With it goes the rollback journal of that creation.
 */
function removeEmptyLeftover(filePath: string): void {
  try {
    if (fs.statSync(filePath).size !== 0) return;
  } catch {
    return;
  }
  fs.rmSync(filePath, { force: true });
  fs.rmSync(`${filePath}-journal`, { force: true });
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
