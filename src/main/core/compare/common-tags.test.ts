import { describe, expect, it } from 'vitest';
import { findCommonTags } from './common-tags';

const tagged = (...lists: string[][]) => new Map(lists.map((tags, index) => [index + 1, tags]));

describe('findCommonTags', () => {
  it('finds the tags on more than half of the statements, most widely held first', () => {
    const common = findCommonTags(tagged(['entity:1', 'event:9'], ['entity:1'], ['entity:1', 'entity:2'], ['entity:2', 'event:9'], ['entity:1', 'entity:2'], []));
    expect(common).toEqual([
      { key: 'entity:1', statements: 4, of: 6 },
    ]);
  });

  it('calls nothing common when half hold it, or among too few statements to tell', () => {
    expect(findCommonTags(tagged(['entity:1'], ['entity:1'], [], []))).toEqual([]);
    expect(findCommonTags(tagged(['entity:1'], ['entity:1'], ['entity:1']))).toEqual([]);
  });

  it('takes another share when asked', () => {
    expect(findCommonTags(tagged(['a'], ['a'], ['b'], []), 0.25).map((tag) => tag.key)).toEqual(['a']);
  });
});
