import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { recentInvestigationSchema } from '../../../shared/domain/investigation';
import { makeTempDir } from '../db/test-support';
import { RecentFiles } from './recent-files';

let dir: string;
let clock: number;
let recent: RecentFiles;

beforeEach(() => {
  dir = makeTempDir();
  clock = Date.UTC(2026, 2, 12, 9, 0, 0);
  recent = new RecentFiles(path.join(dir, 'data'), () => new Date((clock += 1000)));
});
afterEach(() => {
  vi.restoreAllMocks();
  fs.rmSync(dir, { recursive: true, force: true });
});

function touch(name: string): string {
  const filePath = path.join(dir, name);
  fs.writeFileSync(filePath, 'x');
  return filePath;
}

describe('RecentFiles', () => {
  it('lists newest first, without duplicates, at most 12', () => {
    const paths = Array.from({ length: 14 }, (_, i) => touch(`f${i}.sourcebook`));
    for (const [i, p] of paths.entries()) recent.remember(p, `Story ${i}`);
    recent.remember(paths[5]!, 'Story 5, renamed');

    const list = recent.list();
    expect(list).toHaveLength(12);
    expect(list.map((e) => e.name).slice(0, 3)).toEqual(['Story 5, renamed', 'Story 13', 'Story 12']);
    expect(list.filter((e) => e.path === paths[5])).toHaveLength(1);
    expect(list.map((e) => e.path)).not.toContain(paths[0]);
    for (const entry of list) recentInvestigationSchema.parse(entry);
  });

  it('computes availability when read, and forgets on request without touching the file', () => {
    const kept = touch('kept.sourcebook');
    const moved = touch('moved.sourcebook');
    recent.remember(kept, 'Kept');
    recent.remember(moved, 'Moved');
    fs.renameSync(moved, path.join(dir, 'elsewhere.sourcebook'));

    expect(recent.list().map((e) => [e.name, e.available])).toEqual([
      ['Moved', false],
      ['Kept', true],
    ]);
    expect(recent.forget(kept).map((e) => e.name)).toEqual(['Moved']);
    expect(fs.existsSync(kept)).toBe(true);
  });

  it('follows a rename of the investigation and keeps its place', () => {
    const a = touch('a.sourcebook');
    const b = touch('b.sourcebook');
    recent.remember(a, 'A');
    recent.remember(b, 'B');
    recent.rename(a, 'A, renamed');
    expect(recent.list().map((e) => e.name)).toEqual(['B', 'A, renamed']);
  });

  it('ignores a damaged recent.json (logging it) and replaces it on the next write', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    fs.mkdirSync(path.join(dir, 'data'));
    fs.writeFileSync(recent.filePath, '{"version": 1, "entries": [');
    expect(recent.list()).toEqual([]);
    expect(warn).toHaveBeenCalled();

    recent.remember(touch('a.sourcebook'), 'A');
    expect(recent.list().map((e) => e.name)).toEqual(['A']);
    // Written beside and renamed into place: no temporary file is left.
    expect(fs.readdirSync(path.join(dir, 'data'))).toEqual(['recent.json']);
  });

  it('drops only the entries that are malformed', () => {
    const a = touch('a.sourcebook');
    fs.mkdirSync(path.join(dir, 'data'));
    fs.writeFileSync(
      recent.filePath,
      JSON.stringify({
        version: 1,
        entries: [{ path: a, name: 'A', lastOpenedAt: '2026-03-12T09:00:00.000Z' }, { path: 42 }],
      }),
    );
    expect(recent.list()).toEqual([{ path: a, name: 'A', lastOpenedAt: '2026-03-12T09:00:00.000Z', available: true }]);
  });
});
