import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { browseFolder } from './browse-folder';

let root: string;
beforeEach(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'sourcebook-browse-'));
});
afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

describe('browseFolder', () => {
  it('lists folders first, then investigations, by name, and nothing else', () => {
    fs.mkdirSync(path.join(root, 'Stories'));
    fs.mkdirSync(path.join(root, 'Archive'));
    fs.mkdirSync(path.join(root, '.hidden'));
    for (const name of ['b.sourcebook', 'A.sourcebook', 'a.sourcebook-wal', 'notes.txt', 'x.before-v3-20260101-000000.sourcebook']) {
      fs.writeFileSync(path.join(root, name), '');
    }
    const listing = browseFolder(root);
    expect(listing.entries.map((entry) => [entry.kind, entry.name])).toEqual([
      ['folder', 'Archive'],
      ['folder', 'Stories'],
      ['investigation', 'A.sourcebook'],
      ['investigation', 'b.sourcebook'],
      ['investigation', 'x.before-v3-20260101-000000.sourcebook'],
    ]);
    expect(listing.folder).toBe(root);
    expect(listing.parent).toBe(path.dirname(root));
  });

  it('follows links to folders and skips broken ones', () => {
    fs.mkdirSync(path.join(root, 'real'));
    fs.symlinkSync(path.join(root, 'real'), path.join(root, 'linked'));
    fs.symlinkSync(path.join(root, 'gone'), path.join(root, 'broken.sourcebook'));
    expect(browseFolder(root).entries.map((entry) => entry.name)).toEqual(['linked', 'real']);
  });

  it('has no parent at the root of the file system', () => {
    expect(browseFolder(path.parse(root).root).parent).toBeNull();
  });

  it('says clearly when the folder is missing or is a file', () => {
    expect(() => browseFolder(path.join(root, 'nope'))).toThrow(/There is no folder at/);
    fs.writeFileSync(path.join(root, 'file.sourcebook'), '');
    expect(() => browseFolder(path.join(root, 'file.sourcebook'))).toThrow(/is a file, not a folder/);
  });
});
