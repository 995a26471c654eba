import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { GrantedPaths } from './granted-paths';

describe('GrantedPaths', () => {
  it('lets each chosen path be read once, however it is spelled', () => {
    const granted = new GrantedPaths();
    granted.grant([path.join('/home/reporter', 'memo.pdf')]);
    expect(granted.consume('/home/reporter/../reporter/memo.pdf')).toBe(true);
    expect(granted.consume('/home/reporter/memo.pdf')).toBe(false);
  });

  it('never lets a path that was not chosen be read', () => {
    const granted = new GrantedPaths();
    granted.grant(['/home/reporter/memo.pdf']);
    expect(granted.consume('/home/reporter/.ssh/id_ed25519')).toBe(false);
  });
});
