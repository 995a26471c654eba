import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openStartupInvestigation } from './startup';
import { makeSession } from './test-support';

describe('the investigation opened at start-up', () => {
  it('opens the file given on the command line', async () => {
    const { session, root } = makeSession();
    const filePath = path.join(root, 'Given.sourcebook');
    await session.create(filePath, 'Given');
    session.close();

    const outcome = await openStartupInvestigation(session, { filePath });
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
    const { session, root } = makeSession();
    await session.create(path.join(root, 'Older'), 'Older');
    await session.create(path.join(root, 'Newer'), 'Newer');
    session.close();
    fs.renameSync(path.join(root, 'Newer.sourcebook'), path.join(root, 'Moved.sourcebook'));

    const outcome = await openStartupInvestigation(session, {});
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
    const { session, root, dataDir } = makeSession();
    await session.create(path.join(root, 'Gone'), 'Gone');
    session.close();
    fs.rmSync(path.join(root, 'Gone.sourcebook'));

    const outcome = await openStartupInvestigation(session, {});
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
});
