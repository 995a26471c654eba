import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AppEvent } from '../../../../shared/contract';
import type { ImportItem } from '../../../../shared/domain/import';
import { auditHistory } from '../../audit/audit-log';
import { closeInvestigationDatabase, openInvestigationDatabase } from '../../db';
import { makeTempDir } from '../../db/test-support';
import { TaskRegistry } from '../../tasks';
import { getSource, listSources } from '../source-repository';
import { GrantedPaths } from './granted-paths';
import { importBatch, type ImportBatchDeps } from './import-batch';
import type { DocumentParser, ParseJob } from './document-parser';
import { StagingArea } from './staging-area';
import { ImportRefusal, type ParsedDocument } from './types';

let dir: string;
let db: Database.Database;
let events: AppEvent[];
let deps: ImportBatchDeps;
let tasks: TaskRegistry;

/** Reads "text" as one paragraph; refuses "bad.txt"; waits for cancellation on "slow.txt". */
const fakeParser: DocumentParser = {
  async parse(job: ParseJob, { signal }): Promise<ParsedDocument> {
    if (job.format === 'paste') return document(job.text ?? '', 'Pasted');
    if (job.fileName === 'bad.txt') throw new ImportRefusal('binary', '“bad.txt” contains binary data, not text.');
    if (job.fileName === 'slow.txt') {
      signal.throwIfAborted();
      await new Promise((_, reject) => signal.addEventListener('abort', () => reject(signal.reason)));
    }
    return document(Buffer.from(job.bytes).toString('utf8'));
  },
  dispose: async () => {},
};

function document(text: string, title?: string): ParsedDocument {
  return { text, blocks: [{ kind: 'paragraph', start: 0, end: [...text].length }], mimeType: 'text/plain', metadata: title ? { title } : {} };
}

beforeEach(async () => {
  dir = makeTempDir();
  db = (await openInvestigationDatabase(path.join(dir, 'Story.sourcebook'), { mode: 'create' })).db;
  events = [];
  tasks = new TaskRegistry((event) => events.push(event), { minProgressIntervalMs: 0 });
  deps = { db: () => db, parser: fakeParser, staging: new StagingArea(), grantedPaths: new GrantedPaths(), emit: (event) => events.push(event) };
});
afterEach(() => {
  closeInvestigationDatabase(db);
  fs.rmSync(dir, { recursive: true, force: true });
});

function staged(name: string, text: string): ImportItem {
  return { kind: 'staged', stagedId: deps.staging.stage(name, Buffer.from(text).toString('base64')).stagedId };
}

describe('importBatch', () => {
  it('imports each item, keeps going past a bad one, and reports every result', async () => {
    const items = [staged('memo.txt', 'The memo.'), staged('bad.txt', '\u0000\u0001'), staged('letter.txt', 'The letter.')];
    const results = await importBatch(items, tasks.start('t1', 'Importing'), deps);

    expect(results.map((result) => [result.name, result.status])).toEqual([
      ['memo.txt', 'imported'],
      ['bad.txt', 'failed'],
      ['letter.txt', 'imported'],
    ]);
    expect(results[1]!.message).toBe('“bad.txt” contains binary data, not text.');
    expect(listSources(db).map((source) => source.title).sort()).toEqual(['letter', 'memo']);
    expect(getSource(db, results[0]!.sourceId!)).toMatchObject({ text: 'The memo.', fileName: 'memo.txt', mimeType: 'text/plain' });
    expect(events.filter((event) => event.type === 'import.item')).toHaveLength(3);
    expect(events.filter((event) => event.type === 'sources.changed')).toHaveLength(1);
    expect(events.filter((event) => event.type === 'task.progress').at(-1)).toMatchObject({ done: 3, total: 3 });
  });

  it('offers the existing source for bytes already imported, in this batch or before', async () => {
    const [first] = await importBatch([staged('memo.txt', 'Same bytes.')], tasks.start('t1', 'Importing'), deps);
    const results = await importBatch(
      [staged('memo copy.txt', 'Same bytes.'), staged('renamed.txt', 'Same bytes.')],
      tasks.start('t2', 'Importing'),
      deps,
    );
    expect(results).toEqual([
      { name: 'memo copy.txt', status: 'duplicate', sourceId: first!.sourceId, title: 'memo', message: 'Already in this investigation as “memo”.' },
      { name: 'renamed.txt', status: 'duplicate', sourceId: first!.sourceId, title: 'memo', message: 'Already in this investigation as “memo”.' },
    ]);
    expect(listSources(db)).toHaveLength(1);
  });

  it('refuses an empty file without reading it', async () => {
    const [result] = await importBatch([staged('empty.txt', '')], tasks.start('t1', 'Importing'), deps);
    expect(result).toMatchObject({ status: 'failed', message: '“empty.txt” is empty: there is nothing in it to import.' });
  });

  it('stops when cancelled: what was imported stays, the rest is marked cancelled', async () => {
    const task = tasks.start('t1', 'Importing');
    const items = [staged('memo.txt', 'The memo.'), staged('slow.txt', 'Slow.'), staged('letter.txt', 'The letter.')];
    // Cancel once the first item is through, while the second is being read.
    const firstDone = new Promise<void>((resolve) => {
      deps.emit = (event) => {
        events.push(event);
        if (event.type === 'import.item') resolve();
      };
    });
    const importing = importBatch(items, task, deps);
    await firstDone;
    tasks.cancel('t1');
    const results = await importing;
    expect(results.map((result) => result.status)).toEqual(['imported', 'cancelled', 'cancelled']);
    expect(listSources(db).map((source) => source.title)).toEqual(['memo']);
  });

  it('imports a paste with its own title, storing what was pasted as the original', async () => {
    const [result] = await importBatch([{ kind: 'paste', text: 'Pasted words.' }], tasks.start('t1', 'Importing'), deps);
    expect(result).toMatchObject({ name: 'Pasted text', status: 'imported', title: 'Pasted' });
    const source = getSource(db, result!.sourceId!)!;
    expect(source).toMatchObject({ fileName: null, sizeBytes: Buffer.byteLength('Pasted words.') });
  });

  it('reads a chosen path once, and refuses a path the file dialog did not grant', async () => {
    const chosen = path.join(dir, 'chosen.txt');
    fs.writeFileSync(chosen, 'Chosen.');
    deps.grantedPaths.grant([chosen]);
    const results = await importBatch(
      [{ kind: 'path', path: chosen }, { kind: 'path', path: path.join(dir, 'Story.sourcebook') }],
      tasks.start('t1', 'Importing'),
      deps,
    );
    expect(results[0]).toMatchObject({ status: 'imported', title: 'chosen' });
    expect(results[1]).toMatchObject({ status: 'failed', message: expect.stringMatching(/was not chosen in the file dialog/) });
  });

  it('says a chosen file is gone when it was removed before its turn', async () => {
    const chosen = path.join(dir, 'moved.txt');
    deps.grantedPaths.grant([chosen]);
    const [result] = await importBatch([{ kind: 'path', path: chosen }], tasks.start('t1', 'Importing'), deps);
    expect(result).toMatchObject({ status: 'failed', message: '“moved.txt” could not be read: it is no longer there.' });
  });

  it('fails the rest of a batch plainly when the investigation closes during it', async () => {
    let open = true;
    const closingDeps = { ...deps, db: () => (open ? db : (() => { throw new Error('No investigation is open.'); })()) };
    const first = staged('memo.txt', 'The memo.');
    const second = staged('letter.txt', 'The letter.');
    closingDeps.emit = (event) => {
      if (event.type === 'import.item') open = false;
    };
    const results = await importBatch([first, second], tasks.start('t1', 'Importing'), closingDeps);
    expect(results[1]).toEqual({ name: 'letter.txt', status: 'failed', message: 'Not imported: the investigation was closed during the import.' });
  });

  it('records each import in the audit log with the hash of what was stored', async () => {
    const [result] = await importBatch([staged('memo.txt', 'The memo.')], tasks.start('t1', 'Importing'), deps);
    const [entry] = auditHistory(db, 'source', result!.sourceId!);
    expect(entry).toMatchObject({ action: 'import', after: { title: 'memo', fileName: 'memo.txt', sha256: expect.stringMatching(/^[0-9a-f]{64}$/) } });
  });
});
