/**
 * Work worth doing before anyone asks for it, but only while no one is asking for anything:
 * it runs once the services have had no call for `quietMs`, and waits again if one comes in
 * meanwhile. A newer piece of work replaces one not yet run (the investigation changed).
 */
export class IdleWork {
  private lastCallAt = Date.now();
  private timer: NodeJS.Timeout | null = null;
  private pending: (() => void) | null = null;

  constructor(private readonly quietMs: number) {}

  /** Every call to the services says the reporter is busy with something. */
  noteActivity(): void {
    this.lastCallAt = Date.now();
  }

  schedule(work: () => void): void {
    this.pending = work;
    this.arm(this.quietMs);
  }

  cancel(): void {
    this.pending = null;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  private arm(delayMs: number): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => this.runIfQuiet(), delayMs);
    // Never what keeps the process alive.
    this.timer.unref?.();
  }

  private runIfQuiet(): void {
    this.timer = null;
    const quietFor = Date.now() - this.lastCallAt;
    if (quietFor < this.quietMs) {
      this.arm(this.quietMs - quietFor);
      return;
    }
    const work = this.pending;
    this.pending = null;
    work?.();
  }
}
