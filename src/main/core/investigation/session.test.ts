import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { investigationInfoSchema } from '../../../shared/domain/investigation';
import { LATEST_SCHEMA_VERSION } from '../db';
import { makeSession } from './test-support';

describe('the investigation session', () => {
  it('has nothing open at first, and says so to methods that need a file', async () => {
    const { handlers, context } = makeSession();
    expect(await handlers['investigation.current']({}, context)).toBeNull();
    expect(() => handlers['investigation.update']({ name: 'X' }, context)).toThrow(
      expect.objectContaining({ code: 'NO_INVESTIGATION' }),
    );
  });

  it('creates an investigation in the data folder (made on demand), adding the extension', async () => {
    const { handlers, context, dataDir, events } = makeSession();
    const info = await handlers['investigation.create']({ path: path.join(dataDir, 'Border deal'), name: 'Border deal' }, context);

    expect(investigationInfoSchema.parse(info)).toMatchObject({
      name: 'Border deal',
      description: '',
      path: path.join(dataDir, 'Border deal.sourcebook'),
      fileName: 'Border deal.sourcebook',
      schemaVersion: LATEST_SCHEMA_VERSION,
      sourceCount: 0,
      isSample: false,
    });
    expect(events).toEqual([{ type: 'investigation.opened', investigation: info }]);
    expect(await handlers['investigation.current']({}, context)).toEqual(info);
    expect((await handlers['investigation.recent']({}, context)).map((r) => r.path)).toEqual([info.path]);
  });

  it('refuses to create in a folder that does not exist, other than the data folder', async () => {
    const { handlers, context, root } = makeSession();
    await expect(
      handlers['investigation.create']({ path: path.join(root, 'nowhere', 'Story.sourcebook'), name: 'Story' }, context),
    ).rejects.toMatchObject({ code: 'FILE_NOT_FOUND', message: expect.stringContaining('does not exist') });
    expect(fs.existsSync(path.join(root, 'nowhere'))).toBe(false);
  });

  it('keeps the open investigation when another file is refused, and swaps only on success', async () => {
    const { handlers, context, dataDir, session } = makeSession();
    const first = await handlers['investigation.create']({ path: path.join(dataDir, 'First'), name: 'First' }, context);
    const bogus = path.join(dataDir, 'bogus.sourcebook');
    fs.writeFileSync(bogus, 'not a database');

    await expect(handlers['investigation.open']({ path: bogus }, context)).rejects.toMatchObject({ code: 'FILE_NOT_SQLITE' });
    expect((await handlers['investigation.current']({}, context))?.path).toBe(first.path);

    const second = await handlers['investigation.create']({ path: path.join(dataDir, 'Second'), name: 'Second' }, context);
    expect((await handlers['investigation.current']({}, context))?.path).toBe(second.path);
    // The first file was closed: it is whole again (no WAL) and opens once more.
    expect(fs.existsSync(`${first.path}-wal`)).toBe(false);
    const reopened = await handlers['investigation.open']({ path: first.path }, context);
    expect(reopened.name).toBe('First');
    expect(session.requireDb().name).toBe(first.path);
  });

  it('answers a request to open the file already open without reopening it', async () => {
    const { handlers, context, dataDir, events, session } = makeSession();
    const info = await handlers['investigation.create']({ path: path.join(dataDir, 'Story'), name: 'Story' }, context);
    const db = session.requireDb();
    expect(await handlers['investigation.open']({ path: info.path }, context)).toEqual(info);
    expect(session.requireDb()).toBe(db);
    expect(events.map((e) => e.type)).toEqual(['investigation.opened', 'investigation.opened']);
  });

  it('renames and describes the investigation, telling every window and the recent list', async () => {
    const { handlers, context, dataDir, events } = makeSession();
    await handlers['investigation.create']({ path: path.join(dataDir, 'Story'), name: 'Story' }, context);
    const updated = await handlers['investigation.update']({ name: 'Border deal', description: 'Who signed what.' }, context);

    expect(updated).toMatchObject({ name: 'Border deal', description: 'Who signed what.', fileName: 'Story.sourcebook' });
    expect(events.at(-1)).toEqual({ type: 'investigation.updated', investigation: updated });
    expect((await handlers['investigation.recent']({}, context))[0]?.name).toBe('Border deal');
    expect(await handlers['investigation.update']({ description: 'Only this.' }, context)).toMatchObject({
      name: 'Border deal',
      description: 'Only this.',
    });
  });

  it('suggests free paths in the data folder and forgets recent entries on request', async () => {
    const { handlers, context, dataDir } = makeSession();
    const { path: suggested } = await handlers['investigation.suggestPath']({ name: 'Story: part 1' }, context);
    expect(suggested).toBe(path.join(dataDir, 'Story part 1.sourcebook'));
    await handlers['investigation.create']({ path: suggested, name: 'Story: part 1' }, context);
    expect((await handlers['investigation.suggestPath']({ name: 'Story: part 1' }, context)).path).toBe(
      path.join(dataDir, 'Story part 1 (2).sourcebook'),
    );

    expect(await handlers['investigation.forgetRecent']({ path: suggested }, context)).toEqual([]);
    expect(fs.existsSync(suggested)).toBe(true);
  });
});
