import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { NoteAutosave } from './note-autosave';
import { GAP_MAX_WAIT_MS, TypingGap, type TypingGapClock } from './typing-gap';

const FRAME_MS = 16;

/** Fake timers, and frames painted every 16 ms (or never, in a hidden page). */
function clock(options: { hidden?: boolean } = {}): TypingGapClock {
  return {
    now: () => Date.now(),
    setTimeout: (run, ms) => setTimeout(run, ms),
    clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
    afterNextPaint: (run) => {
      if (!options.hidden) setTimeout(run, FRAME_MS - (Date.now() % FRAME_MS) + 1);
    },
  };
}

beforeEach(() => {
  vi.useFakeTimers({ now: 0 });
});
afterEach(() => {
  vi.useRealTimers();
});

describe('TypingGap', () => {
  it('sends at once when nothing was typed for a while', async () => {
    const gap = new TypingGap(clock());
    const sent: number[] = [];
    gap.whenQuiet(() => sent.push(Date.now()));
    expect(sent).toEqual([0]);
    gap.changed();
    await vi.advanceTimersByTimeAsync(300);
    gap.whenQuiet(() => sent.push(Date.now()));
    expect(sent).toEqual([0, 300]);
  });

  it('after a keystroke just typed, sends once it is painted', async () => {
    const gap = new TypingGap(clock());
    await vi.advanceTimersByTimeAsync(1000);
    gap.changed();
    await vi.advanceTimersByTimeAsync(5);
    const sent: number[] = [];
    gap.whenQuiet(() => sent.push(Date.now()));
    expect(sent).toEqual([]);
    await vi.advanceTimersByTimeAsync(20);
    // The next frame after 1005 is painted at 1008.
    expect(sent).toEqual([1009]);
  });

  it('in the middle of a gap, waits for the next keystroke and sends once that is painted', async () => {
    const gap = new TypingGap(clock());
    gap.changed();
    await vi.advanceTimersByTimeAsync(70);
    const sent: number[] = [];
    gap.whenQuiet(() => sent.push(Date.now()));
    await vi.advanceTimersByTimeAsync(40);
    expect(sent).toEqual([]);
    gap.changed();
    await vi.advanceTimersByTimeAsync(40);
    expect(sent).toEqual([113]);
  });

  it(`waits ${GAP_MAX_WAIT_MS} ms at most for a keystroke, or for a frame in a hidden page`, async () => {
    for (const hidden of [false, true]) {
      const gap = new TypingGap(clock({ hidden }));
      const start = Date.now();
      gap.changed();
      await vi.advanceTimersByTimeAsync(hidden ? 10 : 70);
      const sent: number[] = [];
      gap.whenQuiet(() => sent.push(Date.now() - start));
      await vi.advanceTimersByTimeAsync(1000);
      expect(sent).toEqual([(hidden ? 10 : 70) + GAP_MAX_WAIT_MS]);
    }
  });

  it('sends once when asked twice, within the first wait; a cancelled send never leaves', async () => {
    const gap = new TypingGap(clock());
    gap.changed();
    await vi.advanceTimersByTimeAsync(70);
    const sent: string[] = [];
    gap.whenQuiet(() => sent.push(`first ${Date.now()}`));
    await vi.advanceTimersByTimeAsync(60);
    gap.whenQuiet(() => sent.push(`second ${Date.now()}`));
    await vi.advanceTimersByTimeAsync(1000);
    expect(sent).toEqual(['second 170']);

    gap.changed();
    await vi.advanceTimersByTimeAsync(70);
    gap.whenQuiet(() => sent.push('cancelled'));
    gap.cancel();
    gap.changed();
    await vi.advanceTimersByTimeAsync(1000);
    expect(sent).toEqual(['second 170']);
  });

  it('while typing at 9 keys a second, saves leave just after a keystroke is painted, and every change is saved within 700 ms', async () => {
    const gap = new TypingGap(clock());
    const keys: number[] = [];
    const sends: { at: number; version: number }[] = [];
    const latency = 80;
    let version = 0;
    const autosave = new NoteAutosave({
      baseUpdatedAt: 'v0',
      read: () => ({ content: '{}', plainText: String(version) }),
      send: ({ plainText }) => {
        sends.push({ at: Date.now(), version: Number(plainText) });
        return new Promise((resolve) => setTimeout(() => resolve({ status: 'saved', updatedAt: `v${sends.length}` }), latency));
      },
      isGone: () => false,
      onStateChange: () => undefined,
      onConflict: () => undefined,
      whenQuiet: (send) => gap.whenQuiet(send),
    });
    for (let key = 0; key < 80; key++) {
      version++;
      keys.push(Date.now());
      gap.changed();
      autosave.changed();
      await vi.advanceTimersByTimeAsync(110 + (key % 3) * 5);
    }
    await vi.advanceTimersByTimeAsync(2000);

    expect(sends.length).toBeGreaterThan(10);
    // The last save follows the last key after the 300 ms pause; the others leave most of the
    // gap before the next key.
    for (const send of sends.slice(0, -1)) {
      const sinceKey = send.at - keys.filter((at) => at <= send.at).at(-1)!;
      expect(sinceKey).toBeGreaterThan(0);
      expect(sinceKey).toBeLessThanOrEqual(50);
    }
    keys.forEach((at, index) => {
      const carrier = sends.find((send) => send.version >= index + 1)!;
      expect(carrier.at + latency - at).toBeLessThanOrEqual(700);
    });
  });
});
