import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { investigationInfoSchema } from '../../../shared/domain/investigation';
import { closeInvestigationDatabase, LATEST_SCHEMA_VERSION, migrations, openInvestigationDatabase } from '../db';
import { makeInvestigationFile } from '../db/test-support';
import { makeSession } from './test-support';

afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

/** What the main file alone holds, as if it were copied without its -wal while open. */
async function nameInMainFileAlone(filePath: string, scratch: string): Promise<unknown> {
  fs.mkdirSync(scratch, { recursive: true });
  const copy = path.join(scratch, path.basename(filePath));
  fs.copyFileSync(filePath, copy);
  const { db } = await openInvestigationDatabase(copy, { mode: 'open' });
  try {
    return db.prepare('SELECT name FROM investigation').pluck().get();
  } finally {
    closeInvestigationDatabase(db);
  }
}

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

  it('refuses names the contract does not accept, before writing anything', async () => {
    const { session, dataDir } = makeSession();
    await expect(session.create(path.join(dataDir, 'Blank'), '   ')).rejects.toMatchObject({ code: 'INVALID_PARAMS' });
    await expect(session.create(path.join(dataDir, 'Long'), 'x'.repeat(201))).rejects.toMatchObject({
      code: 'INVALID_PARAMS',
    });
    expect(fs.existsSync(dataDir) ? fs.readdirSync(dataDir) : []).toEqual([]);

    await session.create(path.join(dataDir, 'Story'), '  Story  ');
    expect(session.current()?.name).toBe('Story');
    expect(() => session.update({ name: 'x'.repeat(201) })).toThrow(expect.objectContaining({ code: 'INVALID_PARAMS' }));
    expect(() => session.update({ name: ' ' })).toThrow(expect.objectContaining({ code: 'INVALID_PARAMS' }));
    expect(session.current()?.name).toBe('Story');
  });

  it('names a file without a name inside after the file, within 200 characters', async () => {
    const { handlers, context, root } = makeSession();
    // 233 characters: with ".sourcebook-journal" still within what file systems allow.
    const longName = `${'Leaked memo '.repeat(19)}final`;
    // A file with a schema but no meta row, as an interrupted creation of an earlier version left.
    const filePath = await makeInvestigationFile(path.join(root, `${longName}.sourcebook`));

    const info = investigationInfoSchema.parse(await handlers['investigation.open']({ path: filePath }, context));
    expect(info.name).toBe(longName.slice(0, 200).trimEnd());
    expect(investigationInfoSchema.parse(await handlers['investigation.current']({}, context))).toEqual(info);
  });

  it('shows a name stored too long by an earlier version within the contract', async () => {
    const { handlers, context, root } = makeSession();
    const stored = 'A'.repeat(260);
    const filePath = await makeInvestigationFile(path.join(root, 'Old.sourcebook'), {
      fill: (db) =>
        db
          .prepare('INSERT INTO investigation (name, created_at, created_by_version) VALUES (?, ?, ?)')
          .run(stored, '2026-01-01T00:00:00.000Z', '0.0.1'),
    });
    const info = investigationInfoSchema.parse(await handlers['investigation.open']({ path: filePath }, context));
    expect(info.name).toBe('A'.repeat(200));
  });
});

describe('keeping the main file current while it is open', () => {
  it('checkpoints once the file has been idle a moment, so the main file alone has the change', async () => {
    const { session, dataDir, root } = makeSession();
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'Date'] });
    const info = await session.create(path.join(dataDir, 'Story'), 'Story');
    session.update({ name: 'Border deal' });

    // Still in the WAL while the reporter is typing.
    vi.advanceTimersByTime(1000);
    expect(await nameInMainFileAlone(info.path, path.join(root, 'early'))).toBe('Story');

    vi.advanceTimersByTime(1500);
    expect(await nameInMainFileAlone(info.path, path.join(root, 'idle'))).toBe('Border deal');
    expect(fs.existsSync(`${info.path}-wal`)).toBe(true); // still open: the WAL stays until close
  });

  it('does not checkpoint while changes keep coming, and stops when the file is closed', async () => {
    const { session, dataDir, root } = makeSession();
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval', 'Date'] });
    const info = await session.create(path.join(dataDir, 'Story'), 'Story');
    for (let i = 1; i <= 6; i++) {
      session.update({ description: `draft ${i}` });
      vi.advanceTimersByTime(1000);
    }
    expect(await nameInMainFileAlone(info.path, path.join(root, 'busy'))).toBe('Story');
    expect(vi.getTimerCount()).toBe(1);
    await session.close();
    expect(vi.getTimerCount()).toBe(0);
  });
});

describe('closing the session', () => {
  /** A v1 investigation: opening it upgrades it, with a backup first, which takes a moment. */
  async function makeOldFile(filePath: string) {
    return makeInvestigationFile(filePath, {
      migrations: migrations.slice(0, 1),
      fill: (db) =>
        db
          .prepare('INSERT INTO investigation (name, created_at, created_by_version) VALUES (?, ?, ?)')
          .run('Border contract', '2025-01-02T03:04:05.000Z', '0.0.1'),
    });
  }

  it('waits for an open (an upgrade and its backup) in progress, then closes that file whole', async () => {
    vi.spyOn(console, 'info').mockImplementation(() => {});
    const { session, root } = makeSession();
    const filePath = await makeOldFile(path.join(root, 'Border.sourcebook'));

    const opening = session.open(filePath);
    const closing = session.close();
    await expect(opening).resolves.toMatchObject({ name: 'Border contract', schemaVersion: LATEST_SCHEMA_VERSION });
    await closing;

    expect(session.current()).toBeNull();
    // Closed after the upgrade: checkpointed into one file, its backup complete beside it.
    const names = fs.readdirSync(root).filter((name) => name !== 'data');
    expect(names).toHaveLength(2);
    expect(names.filter((name) => /-wal$|-shm$|-journal$|\.partial$/.test(name))).toEqual([]);
    const reopened = new Database(filePath, { readonly: true });
    try {
      expect(reopened.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
    } finally {
      reopened.close();
    }
  });

  it('refuses new work once closing has begun, and closes once however often it is asked', async () => {
    const { session, dataDir, handlers, context } = makeSession();
    const info = await session.create(path.join(dataDir, 'Story'), 'Story');

    const closing = session.close();
    expect(session.close()).toBe(closing);
    await expect(session.open(info.path)).rejects.toMatchObject({ code: 'CANCELLED' });
    await expect(session.create(path.join(dataDir, 'Other'), 'Other')).rejects.toMatchObject({ code: 'CANCELLED' });
    expect(() => session.update({ name: 'Late' })).toThrow(expect.objectContaining({ code: 'CANCELLED' }));
    expect(() => session.requireDb()).toThrow(expect.objectContaining({ code: 'CANCELLED' }));
    await expect(handlers['investigation.saveCopy']({ path: path.join(dataDir, 'Copy') }, context)).rejects.toMatchObject({
      code: 'CANCELLED',
    });
    await closing;
    expect(fs.readdirSync(dataDir).sort()).toEqual(['Story.sourcebook', 'recent.json']);
  });
});
