import Database from 'better-sqlite3';
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { closeInvestigationDatabase, LATEST_SCHEMA_VERSION, migrations, openInvestigationDatabase } from '../src/main/core/db';
import { expect, test } from './support/fixtures';

/** A file as the first version of Sourcebook (schema 1) left it, written by that code path. */
async function makeVersion1File(filePath: string): Promise<void> {
  const { db } = await openInvestigationDatabase(filePath, {
    mode: 'create',
    migrations: migrations.slice(0, 1),
    initialize: (handle) =>
      handle
        .prepare('INSERT INTO investigation (name, created_at, created_by_version) VALUES (?, ?, ?)')
        .run('Border contract, 2024', '2024-05-02T09:00:00.000Z', '0.0.1'),
  });
  closeInvestigationDatabase(db);
}

test('an older file is backed up, upgraded, and says so', async ({ app, dataDir }) => {
  const file = path.join(dataDir, 'old story.sourcebook');
  await makeVersion1File(file);

  await app.openByPath(file);
  await expect(app.title).toHaveText('Border contract, 2024');
  const notice = app.toast('Upgraded to this version’s file format');
  await expect(notice).toContainText('format 1');
  await expect(notice).toContainText('old story.before-v');

  const backups = readdirSync(dataDir).filter((name) => name.startsWith('old story.before-v'));
  expect(backups).toHaveLength(1);
  const backup = new Database(path.join(dataDir, backups[0]!), { readonly: true });
  expect(backup.pragma('user_version', { simple: true })).toBe(1);
  expect(backup.prepare('SELECT name FROM investigation').pluck().get()).toBe('Border contract, 2024');
  backup.close();
  expect(LATEST_SCHEMA_VERSION).toBeGreaterThan(1);
});
