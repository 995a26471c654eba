import fs from 'node:fs';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTempDir } from './test-support';
import { isWritable } from './writability';

let dir: string;
beforeEach(() => {
  dir = makeTempDir();
});
afterEach(() => {
  fs.chmodSync(dir, 0o755);
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('isWritable', () => {
  it('treats a file without write bits as read-only, even for root', () => {
    const filePath = path.join(dir, 'a.sourcebook');
    fs.writeFileSync(filePath, 'x');
    expect(isWritable(filePath)).toBe(true);
    fs.chmodSync(filePath, 0o444);
    expect(isWritable(filePath)).toBe(false);
  });

  it('treats a folder without write bits as read-only, except on Windows where that bit means nothing', () => {
    fs.chmodSync(dir, 0o555);
    expect(isWritable(dir, 'linux')).toBe(false);
    expect(isWritable(dir, 'darwin')).toBe(false);
    expect(isWritable(dir, 'win32')).toBe(true);
  });

  it('says a missing path is not writable', () => {
    expect(isWritable(path.join(dir, 'missing'))).toBe(false);
  });
});
