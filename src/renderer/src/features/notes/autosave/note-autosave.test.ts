import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { NoteDetail, NoteSaveResult } from '../../../../../shared/domain/note';
import { NoteAutosave, type SaveState } from './note-autosave';

interface SentSave {
  at: number;
  /** Which change the text sent was the result of. */
  version: number;
  baseUpdatedAt: string;
}

/**
 * An editor whose text is a counter of changes, and a service answering after `latency` ms
 * with "saved" (a new version each time) unless told otherwise.
 */
function setUp(
  options: { latency?: number; quietAfter?: number; answer?: (save: SentSave) => NoteSaveResult | Error; createdAt?: string } = {},
) {
  const latency = options.latency ?? 20;
  let version = 0;
  let stored = 0;
  let inFlight = 0;
  const sent: SentSave[] = [];
  const states: SaveState[] = [];
  const conflicts: NoteDetail[] = [];
  const autosave = new NoteAutosave({
    baseUpdatedAt: 'v0',
    read: () => ({ content: '{"root":{"type":"root","children":[]}}', plainText: String(version) }),
    send: ({ plainText, baseUpdatedAt }) => {
      const save = { at: Date.now(), version: Number(plainText), baseUpdatedAt };
      sent.push(save);
      inFlight++;
      expect(inFlight).toBe(1);
      return new Promise((resolve, reject) =>
        setTimeout(() => {
          inFlight--;
          const answer = options.answer?.(save) ?? { status: 'saved' as const, updatedAt: `v${++stored}` };
          if (answer instanceof Error) reject(answer);
          else resolve(answer);
        }, latency),
      );
    },
    isGone: (error) => error instanceof Error && error.message === 'gone',
    onStateChange: (state) => states.push(state),
    onConflict: (theirs) => conflicts.push(theirs),
    // Like requestIdleCallback with a timeout on a page that is never idle: the longest wait.
    whenQuiet: options.quietAfter === undefined ? undefined : (send) => setTimeout(send, options.quietAfter),
    isAnotherNote: (stored) => stored.createdAt !== (options.createdAt ?? theirs.createdAt),
  });
  const type = () => {
    version++;
    autosave.changed();
  };
  return { autosave, sent, states, conflicts, type, version: () => version };
}

const theirs: NoteDetail = {
  id: 1,
  title: 'Plan',
  content: '{"root":{"type":"root","children":[]}}',
  createdAt: '2026-03-12T09:00:00.000Z',
  updatedAt: '2026-03-12T09:05:00.000Z',
};

beforeEach(() => {
  vi.useFakeTimers({ now: 0 });
});
afterEach(() => {
  vi.useRealTimers();
});

describe('NoteAutosave', () => {
  it('saves 300 ms after the last change, once, with the text as it is then', async () => {
    const { type, sent, states } = setUp();
    type();
    await vi.advanceTimersByTimeAsync(200);
    type();
    await vi.advanceTimersByTimeAsync(299);
    expect(sent).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(sent).toEqual([{ at: 500, version: 2, baseUpdatedAt: 'v0' }]);
    await vi.advanceTimersByTimeAsync(5000);
    expect(sent).toHaveLength(1);
    expect(states).toEqual(['pending', 'saved']);
  });

  it('while typing without pause, sends every change within 500 ms, a quiet moment and the save already on its way', async () => {
    const latency = 80;
    const quietAfter = 100;
    const { type, sent, version } = setUp({ latency, quietAfter });
    const typedAt: number[] = [];
    for (let key = 0; key < 60; key++) {
      type();
      typedAt.push(Date.now());
      await vi.advanceTimersByTimeAsync(45);
    }
    await vi.advanceTimersByTimeAsync(2000);
    typedAt.forEach((at, index) => {
      const carrier = sent.find((save) => save.version >= index + 1)!;
      expect(carrier.at - at).toBeLessThanOrEqual(500 + quietAfter + latency);
    });
    expect(sent.at(-1)!.version).toBe(version());
    // Bases chain: each save names the version the previous one produced.
    expect(sent.map((save) => save.baseUpdatedAt)).toEqual(sent.map((_, index) => `v${index}`));
  });

  it('never has two saves on their way, and the last one carries the newest text', async () => {
    const { type, sent, version } = setUp({ latency: 900 });
    for (let key = 0; key < 40; key++) {
      type();
      await vi.advanceTimersByTimeAsync(50);
    }
    await vi.advanceTimersByTimeAsync(5000);
    // The fake service asserts one at a time; sends follow each other as answers come.
    expect(sent.length).toBeGreaterThan(1);
    expect(sent.at(-1)!.version).toBe(version());
  });

  it('flush sends at once, without waiting for a quiet moment, and resolves when the text is in the file', async () => {
    const { autosave, type, sent } = setUp({ quietAfter: 100 });
    type();
    const flushed = autosave.flush();
    expect(sent).toEqual([{ at: 0, version: 1, baseUpdatedAt: 'v0' }]);
    await vi.advanceTimersByTimeAsync(20);
    await expect(flushed).resolves.toBe(true);
    expect(autosave.isClean).toBe(true);
    await expect(autosave.flush()).resolves.toBe(true);
    expect(sent).toHaveLength(1);
  });

  it('flush during a save waits for it, then sends what was typed since', async () => {
    const { autosave, type, sent } = setUp({ latency: 100 });
    type();
    await vi.advanceTimersByTimeAsync(300);
    type();
    const flushed = autosave.flush();
    await vi.advanceTimersByTimeAsync(250);
    await expect(flushed).resolves.toBe(true);
    expect(sent.map((save) => [save.at, save.version])).toEqual([
      [300, 1],
      [400, 2],
    ]);
  });

  it('after a failure keeps the text, says so, and retries with growing waits until it lands', async () => {
    let failuresLeft = 2;
    const { type, sent, states, autosave } = setUp({ answer: () => (failuresLeft-- > 0 ? new Error('offline') : undefined!) });
    type();
    await vi.advanceTimersByTimeAsync(320);
    expect(states.at(-1)).toBe('failed');
    await vi.advanceTimersByTimeAsync(1000);
    expect(sent.map((save) => save.at)).toEqual([300, 1320]);
    await vi.advanceTimersByTimeAsync(2040);
    expect(sent.map((save) => save.at)).toEqual([300, 1320, 3340]);
    expect(states.at(-1)).toBe('saved');
    expect(autosave.isClean).toBe(true);
  });

  it('typing after a failure does not hammer the service before the retry is due', async () => {
    const { type, sent } = setUp({ answer: () => new Error('offline') });
    type();
    await vi.advanceTimersByTimeAsync(320);
    for (let key = 0; key < 20; key++) {
      type();
      await vi.advanceTimersByTimeAsync(100);
    }
    // Retries at 1320 (1 s after the first failure) and 3340 (2 s after the second) only.
    expect(sent.map((save) => save.at)).toEqual([300, 1320]);
    await vi.advanceTimersByTimeAsync(1100);
    expect(sent.map((save) => save.at)).toEqual([300, 1320, 3340]);
  });

  it('on a conflict writes nothing more until the reporter chooses, then saves over theirs if told to', async () => {
    const { autosave, type, sent, states, conflicts } = setUp({
      answer: (save) => (save.baseUpdatedAt === 'v0' ? { status: 'conflict', note: theirs } : { status: 'saved', updatedAt: 'mine' }),
    });
    type();
    await vi.advanceTimersByTimeAsync(320);
    expect(conflicts).toEqual([theirs]);
    expect(states.at(-1)).toBe('conflict');
    type();
    await vi.advanceTimersByTimeAsync(5000);
    expect(sent).toHaveLength(1);
    const kept = autosave.overrule(theirs.updatedAt);
    await vi.advanceTimersByTimeAsync(20);
    await expect(kept).resolves.toBe(true);
    expect(sent.at(-1)).toEqual({ at: 5320, version: 2, baseUpdatedAt: theirs.updatedAt });
    expect(autosave.baseUpdatedAt).toBe('mine');
  });

  it('adopting their version drops what was unsaved and bases later saves on theirs', async () => {
    const { autosave, type, sent } = setUp({ answer: () => ({ status: 'conflict', note: theirs }) });
    type();
    await vi.advanceTimersByTimeAsync(320);
    autosave.adopt(theirs.updatedAt);
    expect(autosave.isClean).toBe(true);
    await vi.advanceTimersByTimeAsync(5000);
    expect(sent).toHaveLength(1);
  });

  it('never offers to save over another note that was given the deleted note’s id', async () => {
    const { type, sent, states, conflicts } = setUp({ answer: () => ({ status: 'conflict', note: theirs }), createdAt: '2026-03-11T08:00:00.000Z' });
    type();
    await vi.advanceTimersByTimeAsync(320);
    expect(states.at(-1)).toBe('gone');
    expect(conflicts).toEqual([]);
    type();
    await vi.advanceTimersByTimeAsync(30_000);
    expect(sent).toHaveLength(1);
  });

  it('stops for good when the note is gone', async () => {
    const { type, sent, states } = setUp({ answer: () => new Error('gone') });
    type();
    await vi.advanceTimersByTimeAsync(320);
    type();
    await vi.advanceTimersByTimeAsync(30_000);
    expect(sent).toHaveLength(1);
    expect(states.at(-1)).toBe('gone');
  });

  it('once disposed, saves nothing by itself, but a last flush still sends the rest', async () => {
    const { autosave, type, sent } = setUp();
    type();
    autosave.dispose();
    await vi.advanceTimersByTimeAsync(1000);
    expect(sent).toEqual([]);
    const flushed = autosave.flush();
    await vi.advanceTimersByTimeAsync(20);
    await expect(flushed).resolves.toBe(true);
    expect(sent).toHaveLength(1);
  });
});
