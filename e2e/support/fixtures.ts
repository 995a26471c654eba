import { test as base, expect, type Page } from '@playwright/test';
import path from 'node:path';
import { AppPage } from './app-page';
import { makeTempDir, startServer, type RunningServer } from './server';

interface Fixtures {
  /** A fresh data folder per test: no recent files, no sample, nothing shared. */
  dataDir: string;
  server: RunningServer;
  app: AppPage;
}

export const test = base.extend<Fixtures>({
  // eslint-disable-next-line no-empty-pattern
  dataDir: async ({}, use) => {
    const temp = makeTempDir('e2e');
    await use(temp.dir);
    temp.remove();
  },
  // Tests start on an empty investigation of their own; the first-start experience (which
  // shows the sample) has its own test.
  server: async ({ dataDir }, use) => {
    const server = await startServer({ dataDir, file: path.join(dataDir, 'My investigation.sourcebook') });
    await use(server);
    await server.stop();
  },
  app: async ({ page, server }, use) => {
    const app = new AppPage(page);
    await app.load(server.url);
    await use(app);
  },
});

export { expect };
export type { Page };
