import { describe, expect, it } from 'vitest';
import type { AppEvent } from '../../../shared/contract';
import { TaskRegistry } from './task-registry';

function setup() {
  const events: AppEvent[] = [];
  let clock = 0;
  const tasks = new TaskRegistry((event) => events.push(event), { now: () => clock });
  return { events, tasks, advance: (ms: number) => (clock += ms) };
}

describe('TaskRegistry', () => {
  it('reports progress at most about ten times a second, always the first and the last', () => {
    const { events, tasks, advance } = setup();
    const task = tasks.start('copy-1', 'Saving a copy');
    for (let done = 0; done <= 100; done++) {
      task.progress(done, 100);
      advance(5); // 101 reports over ~0.5 s
    }
    const progress = events.filter((e) => e.type === 'task.progress');
    expect(progress.length).toBeGreaterThanOrEqual(5);
    expect(progress.length).toBeLessThanOrEqual(7);
    expect(progress[0]).toEqual({ type: 'task.progress', taskId: 'copy-1', label: 'Saving a copy', done: 0, total: 100 });
    expect(progress.at(-1)).toMatchObject({ done: 100, total: 100 });
  });

  it('cancels a running task through its signal and forgets it once finished', () => {
    const { events, tasks } = setup();
    const task = tasks.start('import-7', 'Importing');
    expect(tasks.cancel('import-7')).toBe(true);
    expect(task.signal.aborted).toBe(true);

    task.finish('cancelled', 'Stopped after 3 of 10 files.');
    task.finish('done'); // a second finish is ignored
    task.progress(5, 10); // and so is progress after the end
    expect(events).toEqual([
      { type: 'task.finished', taskId: 'import-7', outcome: 'cancelled', message: 'Stopped after 3 of 10 files.' },
    ]);
    expect(tasks.cancel('import-7')).toBe(false);
    expect(tasks.isRunning('import-7')).toBe(false);
  });

  it('says false for an unknown task and refuses two running tasks with one id', () => {
    const { tasks } = setup();
    expect(tasks.cancel('nothing')).toBe(false);
    tasks.start('same', 'One');
    expect(() => tasks.start('same', 'Two')).toThrow(/already running/);
  });
});
