/** What TypingGap needs from the page (tests give their own). */
export interface TypingGapClock {
  now(): number;
  setTimeout(run: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
  /** Runs `run` once the next frame has been painted. Never, in a hidden page. */
  afterNextPaint(run: () => void): void;
}

/** No change for this long: the reporter has stopped typing, nothing is to be waited for. */
export const TYPING_PAUSE_MS = 200;
/** A change this recent is the keystroke whose gap the next paint opens (about two frames). */
const JUST_TYPED_MS = 30;
/** The longest a save waits for a gap (the durability budget counts on it: NoteAutosave). */
export const GAP_MAX_WAIT_MS = 100;

const browserClock: TypingGapClock = {
  now: () => performance.now(),
  setTimeout: (run, ms) => window.setTimeout(run, ms),
  clearTimeout: (handle) => window.clearTimeout(handle as number),
  // The frame's own rendering runs after its animation-frame callbacks: a task posted from one
  // runs once the frame is painted.
  afterNextPaint: (run) => requestAnimationFrame(() => window.setTimeout(run, 0)),
};

/**
 * Picks the moment a timed save leaves while the reporter types: just after a keystroke has been
 * painted, when the next keystroke is furthest away. Sending blocks the page: the request for a
 * 20,000-word note (half a megabyte) takes 6 to 25 ms of the main thread to build and hand over,
 * and a keystroke arriving meanwhile waits that long. An idle callback, used before, does not
 * avoid that: between keystrokes the page is idle, so it ran at once, anywhere in the gap, often
 * just before the next key. bench/notes.bench.ts, runs alternated on one machine: p95 27–44 ms
 * that way, 21–31 ms this way.
 *
 * Waits GAP_MAX_WAIT_MS at most for a keystroke; once the reporter has paused, sends at once.
 */
export class TypingGap {
  private lastChangeAt = Number.NEGATIVE_INFINITY;
  private waiting: (() => void) | null = null;
  private fallback: unknown = null;
  private paintAwaited = false;

  constructor(private readonly clock: TypingGapClock = browserClock) {}

  /** The text changed just now (a keystroke, a paste, a format). */
  changed(): void {
    this.lastChangeAt = this.clock.now();
    if (this.waiting) this.sendAfterPaint();
  }

  /** Calls `send` in the next gap (NoteAutosave's whenQuiet); a later call replaces a waiting one. */
  whenQuiet(send: () => void): void {
    const sinceChange = this.clock.now() - this.lastChangeAt;
    if (sinceChange >= TYPING_PAUSE_MS) {
      this.cancel();
      send();
      return;
    }
    this.waiting = send;
    this.fallback ??= this.clock.setTimeout(() => this.run(), GAP_MAX_WAIT_MS);
    if (sinceChange < JUST_TYPED_MS) this.sendAfterPaint();
  }

  /** Drops a waiting send (the editor is going away; its flush sends what is left). */
  cancel(): void {
    this.waiting = null;
    if (this.fallback !== null) this.clock.clearTimeout(this.fallback);
    this.fallback = null;
  }

  private sendAfterPaint(): void {
    if (this.paintAwaited) return;
    this.paintAwaited = true;
    this.clock.afterNextPaint(() => {
      this.paintAwaited = false;
      this.run();
    });
  }

  private run(): void {
    const send = this.waiting;
    this.cancel();
    send?.();
  }
}
