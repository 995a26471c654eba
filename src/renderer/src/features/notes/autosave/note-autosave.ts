import type { NoteDetail, NoteSaveResult } from '../../../../../shared/domain/note';

/** What a save stores: the editor's state as JSON text, and its plain text. */
export interface NoteSnapshot {
  content: string;
  plainText: string;
}

/**
 * idle: nothing typed since the note was opened. pending: typed, a save is due or on its way.
 * saved: everything typed is in the file. failed: the last save did not arrive; retrying.
 * conflict: the note changed elsewhere since this text was based on it; nothing is written
 * until the reporter chooses. gone: the note was deleted elsewhere.
 */
export type SaveState = 'idle' | 'pending' | 'saved' | 'failed' | 'conflict' | 'gone';

export interface NoteAutosaveOptions {
  /** The version of the stored note the editor's text starts from. */
  baseUpdatedAt: string;
  /** The editor's text now; read when a save is sent, so the newest text is what goes. */
  read(): NoteSnapshot;
  send(save: NoteSnapshot & { baseUpdatedAt: string }): Promise<NoteSaveResult>;
  /** True for a failure that means the note no longer exists (retrying cannot help). */
  isGone(error: unknown): boolean;
  onStateChange(state: SaveState): void;
  onConflict(theirs: NoteDetail): void;
  /**
   * Whether the note now stored under this id is another one: an id freed by a deletion
   * elsewhere may be given to a new note. Such a note is never saved over; this one is gone.
   */
  isAnotherNote?(stored: NoteDetail): boolean;
  /** After the last change; 300 ms keeps a save from following every keystroke. */
  debounceMs?: number;
  /**
   * After the first unsaved change, however fast the typing: with the wait for a quiet moment
   * (at most 100 ms) and one save on its way at a time (tens of ms), nothing typed waits much
   * more than this to reach the file, well within a second.
   */
  maxWaitMs?: number;
  /** Waits before retrying after failures, one per consecutive failure (the last repeats). */
  retryDelaysMs?: readonly number[];
  /**
   * How a timed save waits for a quiet moment before reading the editor (serializing and
   * sending a long note takes milliseconds a keystroke should not wait for: TypingGap). It must
   * call `send` soon. A flush never waits: the window may be closing.
   */
  whenQuiet?(send: () => void): void;
}

export const AUTOSAVE_DEBOUNCE_MS = 300;
export const AUTOSAVE_MAX_WAIT_MS = 500;
const RETRY_DELAYS_MS = [1000, 2000, 5000, 10000] as const;

/**
 * Saves a note as the reporter types, under one promise: nothing typed waits more than
 * `maxWaitMs`, plus a quiet moment and the save already on its way, before a save carrying it
 * is sent. Saves go
 * one at a time, each with the text as it is when it leaves, and each names the version it was
 * based on, so an older text can never replace a newer one in the file.
 */
export class NoteAutosave {
  private readonly debounceMs: number;
  private readonly maxWaitMs: number;
  private readonly retryDelaysMs: readonly number[];
  private base: string;
  private dirty = false;
  private firstChangeAt: number | null = null;
  private lastChangeAt = 0;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private inFlight: Promise<void> | null = null;
  private halted: 'conflict' | 'gone' | null = null;
  private failures = 0;
  private retryAt = 0;
  private everSaved = false;
  private state: SaveState = 'idle';
  private disposed = false;

  constructor(private readonly options: NoteAutosaveOptions) {
    this.base = options.baseUpdatedAt;
    this.debounceMs = options.debounceMs ?? AUTOSAVE_DEBOUNCE_MS;
    this.maxWaitMs = options.maxWaitMs ?? AUTOSAVE_MAX_WAIT_MS;
    this.retryDelaysMs = options.retryDelaysMs ?? RETRY_DELAYS_MS;
  }

  /** The stored version this editor's text is based on. */
  get baseUpdatedAt(): string {
    return this.base;
  }

  /** Nothing typed that is not in the file, nothing on its way, nothing to decide. */
  get isClean(): boolean {
    return !this.dirty && this.inFlight === null && this.halted === null;
  }

  /** The text changed just now. */
  changed(): void {
    const now = Date.now();
    this.dirty = true;
    this.lastChangeAt = now;
    this.firstChangeAt ??= now;
    this.schedule();
    this.publish();
  }

  /**
   * Sends whatever is unsaved now (leaving the note, the window hidden, the editor blurred) and
   * resolves once it is in the file (true), or when it could not be saved (false).
   */
  async flush(): Promise<boolean> {
    this.retryAt = 0;
    for (;;) {
      if (this.halted) return false;
      if (this.inFlight) {
        await this.inFlight;
        continue;
      }
      if (!this.dirty) return true;
      const failuresBefore = this.failures;
      this.sendNow();
      await this.inFlight;
      if (this.failures > failuresBefore) return false;
    }
  }

  /**
   * The editor now shows the stored version `updatedAt` (another window's text, loaded while
   * nothing here was unsaved, or chosen after a conflict): later saves are based on it.
   */
  adopt(updatedAt: string): void {
    this.base = updatedAt;
    this.halted = null;
    this.dirty = false;
    this.firstChangeAt = null;
    this.clearTimer();
    this.publish();
  }

  /** After a conflict, the reporter keeps this editor's text over `theirs`: saved at once. */
  overrule(theirsUpdatedAt: string): Promise<boolean> {
    this.base = theirsUpdatedAt;
    this.halted = null;
    this.dirty = true;
    return this.flush();
  }

  /**
   * The editor is going away: no more timed saves or retries. A save on its way still lands,
   * and flush() still sends what is left (call it right after).
   */
  dispose(): void {
    this.disposed = true;
    this.clearTimer();
  }

  private schedule(): void {
    this.clearTimer();
    if (this.disposed || !this.dirty || this.inFlight || this.halted || this.firstChangeAt === null) return;
    const due = Math.max(Math.min(this.lastChangeAt + this.debounceMs, this.firstChangeAt + this.maxWaitMs), this.retryAt);
    const whenQuiet = this.options.whenQuiet ?? ((send: () => void) => send());
    this.timer = setTimeout(() => {
      this.timer = null;
      whenQuiet(() => {
        if (!this.disposed) this.sendNow();
      });
    }, Math.max(0, due - Date.now()));
  }

  private clearTimer(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }

  private sendNow(): void {
    this.clearTimer();
    if (!this.dirty || this.inFlight || this.halted) return;
    const changedSince = this.firstChangeAt ?? Date.now();
    this.dirty = false;
    this.firstChangeAt = null;
    this.inFlight = this.sendSnapshot()
      .then((result) => this.settle(result), (error: unknown) => this.fail(error, changedSince))
      .finally(() => {
        this.inFlight = null;
        this.schedule();
        this.publish();
      });
    this.publish();
  }

  private async sendSnapshot(): Promise<NoteSaveResult> {
    return this.options.send({ ...this.options.read(), baseUpdatedAt: this.base });
  }

  private settle(result: NoteSaveResult): void {
    if (result.status === 'saved') {
      this.base = result.updatedAt;
      this.failures = 0;
      this.retryAt = 0;
      this.everSaved = true;
      return;
    }
    // This text is not in the file; it stays on screen until the reporter chooses.
    this.dirty = true;
    if (this.options.isAnotherNote?.(result.note)) {
      this.halted = 'gone';
      return;
    }
    this.halted = 'conflict';
    this.options.onConflict(result.note);
  }

  private fail(error: unknown, changedSince: number): void {
    this.dirty = true;
    this.firstChangeAt = Math.min(changedSince, this.firstChangeAt ?? changedSince);
    if (this.options.isGone(error)) {
      this.halted = 'gone';
      return;
    }
    this.failures++;
    const delay = this.retryDelaysMs[Math.min(this.failures, this.retryDelaysMs.length) - 1] ?? 1000;
    this.retryAt = Date.now() + delay;
  }

  private publish(): void {
    const next = this.currentState();
    if (next === this.state) return;
    this.state = next;
    this.options.onStateChange(next);
  }

  private currentState(): SaveState {
    if (this.halted) return this.halted;
    if (this.failures > 0) return 'failed';
    if (this.dirty || this.inFlight) return 'pending';
    return this.everSaved ? 'saved' : 'idle';
  }
}
