import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { IdleWork } from './idle-work';

describe('IdleWork', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('runs once nothing has been asked for the quiet time, waiting again while calls come in', () => {
    const idle = new IdleWork(1500);
    const work = vi.fn();
    idle.schedule(work);
    vi.advanceTimersByTime(1000);
    idle.noteActivity();
    vi.advanceTimersByTime(1000);
    expect(work).not.toHaveBeenCalled();
    vi.advanceTimersByTime(499);
    expect(work).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(work).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(10_000);
    expect(work).toHaveBeenCalledTimes(1);
  });

  it('runs only the newest work, and nothing once cancelled', () => {
    const idle = new IdleWork(100);
    const older = vi.fn();
    const newer = vi.fn();
    idle.schedule(older);
    idle.schedule(newer);
    vi.advanceTimersByTime(100);
    expect(older).not.toHaveBeenCalled();
    expect(newer).toHaveBeenCalledTimes(1);
    const cancelled = vi.fn();
    idle.schedule(cancelled);
    idle.cancel();
    vi.advanceTimersByTime(1000);
    expect(cancelled).not.toHaveBeenCalled();
  });
});
