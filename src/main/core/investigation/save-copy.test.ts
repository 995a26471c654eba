import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { closeInvestigationDatabase, openInvestigationDatabase } from '../db';
import { insertSource } from '../sources';
import { makeSession } from './test-support';

/** An investigation big enough (several MB) that a copy takes several backup steps. */
async function sessionWithLargeInvestigation(options: Parameters<typeof makeSession>[0] = {}) {
  const setup = makeSession(options);
  const info = await setup.handlers['investigation.create'](
    { path: path.join(setup.dataDir, 'Big'), name: 'Big' },
    setup.context,
  );
  insertSource(setup.session.requireDb(), {
    title: 'Scanned annex',
    mimeType: 'application/octet-stream',
    original: crypto.randomBytes(4 * 1024 * 1024),
    canonicalText: 'Annex text',
    structure: [],
  });
  return { ...setup, info };
}

describe('saving a copy', () => {
  it('writes a copy that opens as the same investigation, reporting progress', async () => {
    const { handlers, context, dataDir, events, info } = await sessionWithLargeInvestigation();
    const target = path.join(dataDir, 'Big copy');
    const result = await handlers['investigation.saveCopy']({ path: target, taskId: 'copy-1' }, context);

    expect(result.path).toBe(`${target}.sourcebook`);
    expect(result.bytes).toBe(fs.statSync(result.path).size);
    const progress = events.filter((e) => e.type === 'task.progress');
    expect(progress[0]).toMatchObject({ taskId: 'copy-1', label: 'Saving a copy of “Big”', done: 0 });
    expect(progress.at(-1)).toMatchObject({ done: progress.at(-1)!.total });
    expect(events.at(-1)).toEqual({ type: 'task.finished', taskId: 'copy-1', outcome: 'done' });

    const copy = await openInvestigationDatabase(result.path, { mode: 'open' });
    try {
      expect(copy.db.prepare('SELECT name FROM investigation').pluck().get()).toBe(info.name);
      expect(copy.db.prepare('SELECT count(*) FROM source').pluck().get()).toBe(1);
    } finally {
      closeInvestigationDatabase(copy.db);
    }
  });

  it('writes under a temporary name until the copy is complete, so a copy cut short never passes for one', async () => {
    let midway: string[] | undefined;
    const setup = await sessionWithLargeInvestigation({
      onEvent: (event) => {
        if (event.type === 'task.progress' && event.done < event.total) {
          midway ??= fs.readdirSync(setup.dataDir);
        }
      },
    });
    const target = path.join(setup.dataDir, 'Big copy.sourcebook');
    await setup.handlers['investigation.saveCopy']({ path: target }, setup.context);

    expect(midway).toContain('Big copy.sourcebook.partial');
    expect(midway).not.toContain('Big copy.sourcebook');
    expect(fs.readdirSync(setup.dataDir).filter((name) => name.startsWith('Big copy'))).toEqual(['Big copy.sourcebook']);
  });

  it('removes the partial file when the copy is cancelled', async () => {
    let cancelAnswer: unknown;
    // Cancel as soon as the first progress report arrives, as a reporter pressing Cancel would.
    const { handlers, context, dataDir, events, tasks } = await sessionWithLargeInvestigation({
      onEvent: (event) => {
        if (event.type === 'task.progress' && cancelAnswer === undefined) {
          cancelAnswer = handlers['tasks.cancel']({ taskId: event.taskId }, context);
        }
      },
    });
    const target = path.join(dataDir, 'Cancelled.sourcebook');

    await expect(handlers['investigation.saveCopy']({ path: target, taskId: 'copy-2' }, context)).rejects.toMatchObject({
      code: 'CANCELLED',
    });
    expect(cancelAnswer).toEqual({ cancelled: true });
    const progress = events.filter((e) => e.type === 'task.progress');
    expect(progress.every((e) => e.done < e.total)).toBe(true);
    expect(events.at(-1)).toMatchObject({ type: 'task.finished', taskId: 'copy-2', outcome: 'cancelled' });
    expect(tasks.isRunning('copy-2')).toBe(false);
    expect(fs.readdirSync(dataDir).filter((name) => name.startsWith('Cancelled'))).toEqual([]);
  });

  it('refuses the open file itself and any existing file', async () => {
    const { handlers, context, dataDir, info } = await sessionWithLargeInvestigation();
    await expect(handlers['investigation.saveCopy']({ path: info.path }, context)).rejects.toMatchObject({
      code: 'FILE_EXISTS',
      message: expect.stringContaining('the investigation you have open'),
    });
    const existing = path.join(dataDir, 'notes.sourcebook');
    fs.writeFileSync(existing, 'keep me');
    await expect(handlers['investigation.saveCopy']({ path: existing }, context)).rejects.toMatchObject({
      code: 'FILE_EXISTS',
    });
    expect(fs.readFileSync(existing, 'utf8')).toBe('keep me');
  });

  it('says so when nothing is open', async () => {
    const { handlers, context, dataDir } = makeSession();
    await expect(
      handlers['investigation.saveCopy']({ path: path.join(dataDir, 'x.sourcebook') }, context),
    ).rejects.toMatchObject({ code: 'NO_INVESTIGATION' });
  });
});
