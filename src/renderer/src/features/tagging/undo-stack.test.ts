import { describe, expect, it } from 'vitest';
import { UndoStack } from './undo-stack';

function recorder() {
  const log: string[] = [];
  const step = (label: string, failUndo = false) => ({
    label,
    undo: async () => {
      if (failUndo) throw new Error('offline');
      log.push(`undo ${label}`);
    },
    redo: async () => void log.push(`redo ${label}`),
  });
  return { log, step };
}

describe('UndoStack', () => {
  it('undoes in reverse order and redoes in order', async () => {
    const { log, step } = recorder();
    const stack = new UndoStack();
    stack.push(step('a'));
    stack.push(step('b'));
    expect(await stack.undo()).toBe('b');
    expect(await stack.undo()).toBe('a');
    expect(await stack.undo()).toBeNull();
    expect(await stack.redo()).toBe('a');
    expect(log).toEqual(['undo b', 'undo a', 'redo a']);
  });

  it('forgets what could be redone once something new is done', async () => {
    const { step } = recorder();
    const stack = new UndoStack();
    stack.push(step('a'));
    await stack.undo();
    stack.push(step('b'));
    expect(stack.canRedo).toBe(false);
  });

  it('keeps a step whose undo failed, so it can be tried again', async () => {
    const { step } = recorder();
    const stack = new UndoStack();
    stack.push(step('a', true));
    await expect(stack.undo()).rejects.toThrow('offline');
    expect(stack.canUndo).toBe(true);
  });

  it('runs quick successive undos one after another', async () => {
    const { log, step } = recorder();
    const stack = new UndoStack();
    stack.push(step('a'));
    stack.push(step('b'));
    await Promise.all([stack.undo(), stack.undo()]);
    expect(log).toEqual(['undo b', 'undo a']);
  });
});
