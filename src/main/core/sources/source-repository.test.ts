import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sourceDetailSchema, sourceSummarySchema } from '../../../shared/domain/source';
import type { CallContext } from '../../rpc/handlers';
import { closeInvestigationDatabase, openInvestigationDatabase } from '../db';
import { makeTempDir } from '../db/test-support';
import { createSourceHandlers } from './handlers';
import { structureMarkdown } from './import/text/markdown-structure';
import { insertSource, type NewSource } from './source-repository';

let dir: string;
let db: Database.Database;
const context: CallContext = { emit: () => {} };

beforeEach(async () => {
  dir = makeTempDir();
  db = (await openInvestigationDatabase(path.join(dir, 'Story.sourcebook'), { mode: 'create' })).db;
});
afterEach(() => {
  closeInvestigationDatabase(db);
  fs.rmSync(dir, { recursive: true, force: true });
});

function article(markdown: string, overrides: Partial<NewSource> = {}): NewSource {
  const { text, blocks } = structureMarkdown(markdown);
  return {
    title: 'Halden defends contract',
    outlet: 'The Harbour Ledger',
    authors: ['Mireille Fontaine'],
    publishedDate: '2026-03-12',
    url: 'https://news.example.com/halden',
    language: 'en',
    fileName: 'halden.md',
    mimeType: 'text/markdown',
    original: Buffer.from(markdown, 'utf8'),
    canonicalText: text,
    structure: blocks,
    ...overrides,
  };
}

describe('sources', () => {
  it('stores a source with its hash, size and word count computed from the evidence', () => {
    const markdown = '# Halden\n\nMs. Okafor’s memo cites 2.8-million travellers 🛂.';
    const id = insertSource(db, article(markdown, { importedAt: '2026-03-12T10:00:00.000Z' }));
    const { 'sources.get': get } = createSourceHandlers({ requireDb: () => db }, () => {});

    const detail = sourceDetailSchema.parse(get({ id }, context));
    expect(detail).toMatchObject({
      id,
      title: 'Halden defends contract',
      authors: ['Mireille Fontaine'],
      publishedDate: '2026-03-12',
      sizeBytes: Buffer.byteLength(markdown),
      sha256: crypto.createHash('sha256').update(markdown).digest('hex'),
      importedAt: '2026-03-12T10:00:00.000Z',
      text: 'Halden\n\nMs. Okafor’s memo cites 2.8-million travellers 🛂.',
      description: '',
      language: 'en',
    });
    expect(detail.wordCount).toBe(8); // Halden, Ms, Okafor’s, memo, cites, 2.8, million, travellers
    expect(detail.blocks).toEqual([
      { kind: 'heading', level: 1, start: 0, end: 6 },
      { kind: 'paragraph', start: 8, end: 57 },
    ]);
  });

  it('lists sources newest import first, without their text', () => {
    insertSource(db, article('older', { importedAt: '2026-03-01T00:00:00.000Z', title: 'Older' }));
    insertSource(db, article('newer', { importedAt: '2026-03-02T00:00:00.000Z', title: 'Newer' }));
    const { 'sources.list': list } = createSourceHandlers({ requireDb: () => db }, () => {});
    const sources = list({}, context) as unknown[];
    expect(sources.map((s) => sourceSummarySchema.strict().parse(s).title)).toEqual(['Newer', 'Older']);
  });

  it('refuses the same file twice, saying under which title it is already there', () => {
    insertSource(db, article('same bytes'));
    expect(() => insertSource(db, article('same bytes', { title: 'Another title' }))).toThrow(
      expect.objectContaining({ code: 'FILE_EXISTS', message: expect.stringContaining('“Halden defends contract”') }),
    );
  });

  it('refuses blocks that lie outside the text', () => {
    expect(() =>
      insertSource(db, article('short', { structure: [{ kind: 'paragraph', start: 0, end: 50 }] })),
    ).toThrow(/outside the text/);
  });

  it('answers NOT_FOUND for an unknown source', () => {
    const { 'sources.get': get } = createSourceHandlers({ requireDb: () => db }, () => {});
    expect(() => get({ id: 999 }, context)).toThrow(expect.objectContaining({ code: 'NOT_FOUND' }));
  });
});
