/**
 * Run by the tests in a separate Node process (through tsx): creates an investigation the way
 * the app does and kills itself while the new file is being filled, as a crash or a power cut
 * would, so the test can see what such a creation leaves behind.
 */
import { openInvestigationDatabase } from './open-investigation-database';

async function main(): Promise<void> {
  const filePath = process.argv[2];
  if (!filePath) throw new Error('usage: crash-while-creating.fixture.ts FILE');
  process.stdout.write('creating\n');
  await openInvestigationDatabase(filePath, {
    mode: 'create',
    initialize: (db) => {
      db.prepare('INSERT INTO investigation (name, created_at, created_by_version) VALUES (?, ?, ?)').run(
        'Half made',
        new Date().toISOString(),
        'test',
      );
      process.kill(process.pid, 'SIGKILL');
    },
  });
}

void main();
