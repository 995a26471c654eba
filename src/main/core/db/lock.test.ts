import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { closeInvestigationDatabase } from './close';
import { openInvestigationDatabase } from './open-investigation-database';
import { exited, makeInvestigationFile, makeTempDir, openInAnotherProcess, sha256Of, snapshot } from './test-support';

let dir: string;

beforeEach(() => {
  dir = makeTempDir();
});
afterEach(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('one running Sourcebook per investigation file', () => {
  it('keeps another process out while this one has the file open', async () => {
    const filePath = await makeInvestigationFile(path.join(dir, 'Story.sourcebook'));
    const { db } = await openInvestigationDatabase(filePath, { mode: 'open' });
    try {
      const { said } = await openInAnotherProcess(filePath);
      expect(said).toBe('refused FILE_LOCKED');
    } finally {
      closeInvestigationDatabase(db);
    }
    const { child, said } = await openInAnotherProcess(filePath);
    expect(said).toBe('opened');
    child.stdin!.end();
    await exited(child);
    expect(fs.readdirSync(dir)).toEqual(['Story.sourcebook']);
  });

  it('refuses a file another process holds, untouched, and opens it once that process dies', async () => {
    const filePath = await makeInvestigationFile(path.join(dir, 'Story.sourcebook'));
    const { child, said } = await openInAnotherProcess(filePath);
    expect(said).toBe('opened');

    const before = snapshot(filePath);
    await expect(openInvestigationDatabase(filePath, { mode: 'open' })).rejects.toMatchObject({
      code: 'FILE_LOCKED',
      message: expect.stringContaining('already open in another Sourcebook window or process'),
    });
    expect(snapshot(filePath)).toEqual(before);

    // A crash leaves no lock behind: the OS releases it with the process.
    child.kill('SIGKILL');
    await exited(child);
    const { db } = await openInvestigationDatabase(filePath, { mode: 'open' });
    closeInvestigationDatabase(db);
    expect(fs.readdirSync(dir)).toEqual(['Story.sourcebook']);
  });

  it('refuses, untouched and leaving no -shm behind, a file another process holds with changes in its WAL', async () => {
    const filePath = await makeInvestigationFile(path.join(dir, 'Story.sourcebook'));
    const { child, said } = await openInAnotherProcess(
      filePath,
      "INSERT INTO audit_log (at, actor, entity_type, action) VALUES ('2026-01-01T00:00:00Z', 'test', 'claim', 'busy')",
    );
    expect(said).toBe('opened');
    expect(fs.statSync(`${filePath}-wal`).size).toBeGreaterThan(0);

    const before = { ...snapshot(filePath), wal: sha256Of(`${filePath}-wal`) };
    await expect(openInvestigationDatabase(filePath, { mode: 'open' })).rejects.toMatchObject({ code: 'FILE_LOCKED' });
    expect({ ...snapshot(filePath), wal: sha256Of(`${filePath}-wal`) }).toEqual(before);
    child.stdin!.end();
    await exited(child);
  });
});
