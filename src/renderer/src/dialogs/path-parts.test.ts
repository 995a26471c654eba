import { describe, expect, it } from 'vitest';
import { baseName, folderOf, joinPath } from './path-parts';

describe('path parts', () => {
  it('splits and joins POSIX paths', () => {
    expect(folderOf('/home/r/a.sourcebook', '/')).toBe('/home/r');
    expect(folderOf('/a.sourcebook', '/')).toBe('/');
    expect(baseName('/home/r/a.sourcebook', '/')).toBe('a.sourcebook');
    expect(joinPath('/', 'a.sourcebook', '/')).toBe('/a.sourcebook');
    expect(joinPath('/home/r', 'a.sourcebook', '/')).toBe('/home/r/a.sourcebook');
  });

  it('splits and joins Windows paths', () => {
    expect(folderOf('C:\\Users\\r\\a.sourcebook', '\\')).toBe('C:\\Users\\r');
    expect(joinPath('C:\\', 'a.sourcebook', '\\')).toBe('C:\\a.sourcebook');
  });
});
