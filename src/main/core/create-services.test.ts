import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AppEvent } from '../../shared/contract';
import { EventBus } from '../rpc/event-bus';
import { serverHost } from './app/host';
import { createServices, type Services } from './create-services';

const resourcesDir = path.join(__dirname, '..', '..', '..', 'resources');
const context = { emit: () => undefined };
let dataDir: string;
let services: Services;
let bus: EventBus;

beforeEach(() => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sourcebook-services-'));
  bus = new EventBus();
  services = createServices({ dataDir, resourcesDir, appVersion: '0.0.0-test', host: serverHost, bus });
});
afterEach(async () => {
  await services.closeWithin(5000);
  fs.rmSync(dataDir, { recursive: true, force: true });
});

describe('createServices', () => {
  it('answers a call made during the start-up open only once that open is done', async () => {
    const current = services.handlers['investigation.current']({}, context);
    const startup = services.openAtStartup(path.join(dataDir, 'Early.sourcebook'));
    await expect(current).resolves.toMatchObject({ name: 'Early' });
    await expect(startup).resolves.toEqual({ error: null });
  });

  it('tells a call made during start-up why the open failed', async () => {
    const refused = path.join(dataDir, 'notes.sourcebook');
    fs.writeFileSync(refused, 'plain text, not a database');
    const info = services.handlers['app.info']({}, context);
    void services.openAtStartup(refused);
    await expect(info).resolves.toMatchObject({ startupProblem: expect.stringContaining('not a Sourcebook investigation') });
  });

  it('closes the open file within the time given', async () => {
    await services.openAtStartup(path.join(dataDir, 'Closing.sourcebook'));
    await expect(services.closeWithin(5000)).resolves.toBe(true);
    expect(fs.existsSync(path.join(dataDir, 'Closing.sourcebook-wal'))).toBe(false);
  });

  it('imports a staged file and tells every window the investigation now has one more source', async () => {
    await services.openAtStartup(path.join(dataDir, 'Story.sourcebook'));
    const events: AppEvent[] = [];
    bus.subscribe((event) => events.push(event));
    const { stagedId } = await services.handlers['sources.stage']({ name: 'memo.txt', data: Buffer.from('Memo\n\nThe board met.').toString('base64') }, context);
    const { results } = await services.handlers['sources.import']({ items: [{ kind: 'staged', stagedId }] }, context);
    expect(results).toEqual([{ name: 'memo.txt', status: 'imported', sourceId: 1, title: 'Memo' }]);
    expect(events.map((event) => event.type)).toEqual(expect.arrayContaining(['import.item', 'sources.changed', 'investigation.updated']));
    expect(events.find((event) => event.type === 'investigation.updated')).toMatchObject({ investigation: { sourceCount: 1 } });
  });
});
