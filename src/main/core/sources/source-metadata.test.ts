import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { auditHistory } from '../audit/audit-log';
import { closeInvestigationDatabase, openInvestigationDatabase } from '../db';
import { makeTempDir } from '../db/test-support';
import { deleteSource, updateSourceMetadata } from './source-metadata';
import { getSource, insertSource } from './source-repository';

let dir: string;
let db: Database.Database;
let id: number;

beforeEach(async () => {
  dir = makeTempDir();
  db = (await openInvestigationDatabase(path.join(dir, 'Story.sourcebook'), { mode: 'create' })).db;
  id = insertSource(db, {
    title: 'memo',
    mimeType: 'text/plain',
    original: Buffer.from('The memo.'),
    canonicalText: 'The memo.',
    structure: [{ kind: 'paragraph', start: 0, end: 9 }],
  });
});
afterEach(() => {
  closeInvestigationDatabase(db);
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('updateSourceMetadata', () => {
  it('changes only the given fields, and logs each one before and after', () => {
    const { source: updated, changed } = updateSourceMetadata(db, id, {
      title: '  Memo to staff ',
      outlet: 'Halden Systems',
      authors: ['Dana Okafor'],
      publishedDate: '2020-09',
      url: 'https://example.com/memo',
    });
    expect(changed).toBe(true);
    expect(updated).toMatchObject({ title: 'Memo to staff', outlet: 'Halden Systems', authors: ['Dana Okafor'], publishedDate: '2020-09' });
    expect(getSource(db, id)!.text).toBe('The memo.');
    const [entry] = auditHistory(db, 'source', id);
    expect(entry).toMatchObject({
      action: 'update',
      before: { title: 'memo', outlet: null, authors: [], publishedDate: null, url: null },
      after: { title: 'Memo to staff', outlet: 'Halden Systems', authors: ['Dana Okafor'], publishedDate: '2020-09', url: 'https://example.com/memo' },
    });
  });

  it('clears optional fields given as empty, and logs nothing when nothing changed', () => {
    updateSourceMetadata(db, id, { outlet: 'Ledger' });
    expect(updateSourceMetadata(db, id, { outlet: '' }).source.outlet).toBeNull();
    expect(updateSourceMetadata(db, id, { outlet: null, title: 'memo' }).changed).toBe(false);
    expect(auditHistory(db, 'source', id)).toHaveLength(2);
  });

  it('refuses what would make the metadata wrong, with a message per field', () => {
    expect(() => updateSourceMetadata(db, id, { title: '   ' })).toThrow(/A source needs a title/);
    expect(() => updateSourceMetadata(db, id, { url: 'javascript:alert(1)' })).toThrow(/starts with http/);
    expect(() => updateSourceMetadata(db, id, { publishedDate: '2020-13' })).toThrow(/YYYY/);
    expect(() => updateSourceMetadata(db, id, { language: 'English!' })).toThrow(/like “en”/);
    expect(getSource(db, id)!.title).toBe('memo');
  });

  it('says so when the source is gone', () => {
    expect(() => updateSourceMetadata(db, 999, { title: 'x' })).toThrow(/no source #999/);
  });
});

describe('deleteSource', () => {
  it('removes the source and keeps a trace of what it was in the audit log', () => {
    expect(deleteSource(db, id)).toEqual({ deleted: true, annotationsDeleted: 0 });
    expect(getSource(db, id)).toBeNull();
    expect(auditHistory(db, 'source', id).at(-1)).toMatchObject({ action: 'delete', before: { title: 'memo', sha256: expect.any(String) } });
    expect(deleteSource(db, id)).toEqual({ deleted: false, annotationsDeleted: 0 });
  });
});
