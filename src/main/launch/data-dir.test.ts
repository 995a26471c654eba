import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultDataDir } from './data-dir';

describe('defaultDataDir', () => {
  it('follows the environment override first', () => {
    expect(defaultDataDir({ SOURCEBOOK_DATA_DIR: '/srv/sb' }, 'linux')).toBe(path.resolve('/srv/sb'));
  });

  it('matches Electron userData on Linux, honouring XDG_CONFIG_HOME', () => {
    expect(defaultDataDir({ XDG_CONFIG_HOME: '/home/r/.cfg' }, 'linux')).toBe(path.join('/home/r/.cfg', 'Sourcebook'));
  });

  it('uses APPDATA on Windows', () => {
    expect(defaultDataDir({ APPDATA: 'C:\\Users\\r\\AppData\\Roaming' }, 'win32')).toContain('Sourcebook');
  });
});
