import path from 'node:path';
import { expect, test } from './support/fixtures';
import { startServer } from './support/server';

test('a page that loses its server says so, and says what to do after a restart', async ({ app, server, dataDir }) => {
  const port = Number(new URL(server.url).port);
  await server.stop();
  await expect(app.page.getByRole('alert')).toContainText('Lost the connection to the Sourcebook server; reconnecting');

  // The same port, but a new launch with a new key: the old page is refused, and told why.
  const restarted = await startServer({ dataDir, port, file: path.join(dataDir, 'My investigation.sourcebook') });
  try {
    await expect(app.page.getByRole('alert')).toContainText('no longer accepts this page');
  } finally {
    await restarted.stop();
  }
});
