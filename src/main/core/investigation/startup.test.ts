import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { investigationInfoSchema } from '../../../shared/domain/investigation';
import { openStartupInvestigation } from './startup';
import { makeSession } from './test-support';

describe('the investigation opened at start-up', () => {
  it('opens the file given on the command line', async () => {
    const { session, root, restart } = makeSession();
    const filePath = path.join(root, 'Given.sourcebook');
    await session.create(filePath, 'Given');

    const outcome = await openStartupInvestigation(await restart(), { filePath });
    expect(outcome).toMatchObject({ ok: true, how: 'opened', investigation: { name: 'Given', path: filePath } });
  });

  it('creates the file given on the command line when it does not exist yet', async () => {
    const { session, root } = makeSession();
    const outcome = await openStartupInvestigation(session, { filePath: path.join(root, 'New story') });
    expect(outcome).toMatchObject({
      ok: true,
      how: 'created',
      investigation: { name: 'New story', path: path.join(root, 'New story.sourcebook') },
    });
  });

  it('reopens the most recent investigation that is still there', async () => {
    const { session, root, restart } = makeSession();
    await session.create(path.join(root, 'Older'), 'Older');
    await session.create(path.join(root, 'Newer'), 'Newer');
    const next = await restart();
    fs.renameSync(path.join(root, 'Newer.sourcebook'), path.join(root, 'Moved.sourcebook'));

    const outcome = await openStartupInvestigation(next, {});
    expect(outcome).toMatchObject({ ok: true, how: 'opened', investigation: { name: 'Older' } });
  });

  it('on a first start, creates "My investigation" in the data folder and shows the sample', async () => {
    const { session, dataDir } = makeSession();
    const outcome = await openStartupInvestigation(session, {});
    expect(outcome).toMatchObject({ ok: true, how: 'sample', investigation: { name: 'Sample investigation', isSample: true } });
    expect(session.recent.list().map((entry) => entry.name)).toEqual(['Sample investigation', 'My investigation']);
    expect(fs.existsSync(path.join(dataDir, 'My investigation.sourcebook'))).toBe(true);
  });

  it('creates a new "My investigation" when every recent file has gone, without the sample', async () => {
    const { session, root, dataDir, restart } = makeSession();
    await session.create(path.join(root, 'Gone'), 'Gone');
    const next = await restart();
    fs.rmSync(path.join(root, 'Gone.sourcebook'));

    const outcome = await openStartupInvestigation(next, {});
    expect(outcome).toMatchObject({
      ok: true,
      how: 'created',
      investigation: { name: 'My investigation', path: path.join(dataDir, 'My investigation.sourcebook') },
    });
  });

  it('returns the refusal for the host to show, with nothing open', async () => {
    const { session, root } = makeSession();
    const filePath = path.join(root, 'scan.sourcebook');
    fs.writeFileSync(filePath, '%PDF-1.4 not an investigation, but long enough to have a header of sorts'.repeat(3));

    const outcome = await openStartupInvestigation(session, { filePath });
    expect(outcome).toMatchObject({ ok: false, error: { code: 'FILE_NOT_SQLITE' } });
    expect(session.current()).toBeNull();
  });

  it('names a file given on the command line by at most the first 200 characters of its name', async () => {
    const { session, root } = makeSession();
    const longName = `${'Border contract '.repeat(14)}annex`; // 229 characters, a valid file name
    const outcome = await openStartupInvestigation(session, { filePath: path.join(root, longName) });

    expect(outcome).toMatchObject({ ok: true, how: 'created' });
    const info = investigationInfoSchema.parse((outcome as { investigation: unknown }).investigation);
    expect(info.name).toBe(longName.slice(0, 200).trimEnd());
    expect(info.fileName).toBe(`${longName}.sourcebook`);
    // And the file keeps working: every later call answers within the contract.
    expect(investigationInfoSchema.parse(session.update({ description: 'Annex B' })).description).toBe('Annex B');
  });

  it('does not claim nothing changed when it fails after creating a file, and says which', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const { session, root } = makeSession({
      onEvent: (event) => {
        if (event.type === 'investigation.opened') throw new Error('the window went away');
      },
    });
    const filePath = path.join(root, 'New story.sourcebook');
    const outcome = await openStartupInvestigation(session, { filePath });

    expect(outcome).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
    const { message } = (outcome as { error: Error }).error;
    expect(message).not.toMatch(/no file was changed/i);
    expect(message).toContain(`It had already created “${filePath}”`);
    expect(fs.existsSync(filePath)).toBe(true);
    vi.restoreAllMocks();
  });
});
