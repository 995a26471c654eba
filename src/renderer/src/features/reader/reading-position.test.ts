// @vitest-environment jsdom
import { beforeEach, describe, expect, it } from 'vitest';
import { loadReadingPosition, readingPositionKey, saveReadingPosition } from './reading-position';

beforeEach(() => sessionStorage.clear());

describe('reading position', () => {
  it('is remembered per investigation file and source', () => {
    const key = readingPositionKey('/files/Story.sourcebook', 3);
    saveReadingPosition(sessionStorage, key, { offset: 1200, delta: 33.4 });
    expect(loadReadingPosition(sessionStorage, key)).toEqual({ offset: 1200, delta: 33 });
    expect(loadReadingPosition(sessionStorage, readingPositionKey('/files/Other.sourcebook', 3))).toBeNull();
    expect(loadReadingPosition(sessionStorage, readingPositionKey('/files/Story.sourcebook', 4))).toBeNull();
  });

  it('ignores what it did not write', () => {
    const key = readingPositionKey('/a', 1);
    for (const stored of ['not json', '{"offset":-1,"delta":0}', '{"offset":2.5,"delta":0}', '{"offset":2}', '[]', 'null']) {
      sessionStorage.setItem(key, stored);
      expect(loadReadingPosition(sessionStorage, key), stored).toBeNull();
    }
  });
});
