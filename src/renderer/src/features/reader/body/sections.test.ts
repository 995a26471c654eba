import { describe, expect, it } from 'vitest';
import type { TextBlock } from '../../../../../shared/domain/source';
import { sectionIndexAt, splitIntoSections } from './sections';

/** Blocks of the given kinds and lengths, laid out as canonical text lays them (two apart). */
function blocksOf(...specs: [TextBlock['kind'], number][]): TextBlock[] {
  let offset = 0;
  return specs.map(([kind, length]) => {
    const block: TextBlock = { kind, start: offset, end: offset + length };
    offset += length + 2;
    return block;
  });
}

const kinds = (sections: ReturnType<typeof splitIntoSections>) => sections.map((s) => s.blocks.map((b) => b.kind[0]).join(''));

describe('splitIntoSections', () => {
  it('keeps a short text in one section spanning all its blocks', () => {
    const blocks = blocksOf(['heading', 5], ['paragraph', 40], ['blockquote', 20]);
    const sections = splitIntoSections(blocks);
    expect(sections).toEqual([{ index: 0, blocks, start: 0, end: 69 }]);
  });

  it('cuts by block count and by size, whichever comes first', () => {
    const byCount = splitIntoSections(blocksOf(...Array.from({ length: 7 }, () => ['paragraph', 1] as [TextBlock['kind'], number])), {
      maxBlocks: 3,
      maxCodePoints: 1000,
    });
    expect(byCount.map((s) => s.blocks.length)).toEqual([3, 3, 1]);
    const bySize = splitIntoSections(blocksOf(['paragraph', 60], ['paragraph', 60], ['paragraph', 10]), {
      maxBlocks: 100,
      maxCodePoints: 100,
    });
    expect(bySize.map((s) => s.blocks.length)).toEqual([1, 2]);
    expect(bySize.map((s) => [s.start, s.end])).toEqual([
      [0, 60],
      [62, 134],
    ]);
  });

  it('gives a block longer than the limit a section of its own', () => {
    const sections = splitIntoSections(blocksOf(['paragraph', 10], ['paragraph', 500], ['paragraph', 10]), {
      maxBlocks: 100,
      maxCodePoints: 100,
    });
    expect(sections.map((s) => s.blocks.length)).toEqual([1, 1, 1]);
  });

  it('starts the next section with a heading instead of ending one with it', () => {
    const sections = splitIntoSections(blocksOf(['paragraph', 1], ['heading', 1], ['paragraph', 1], ['paragraph', 1]), {
      maxBlocks: 2,
      maxCodePoints: 1000,
    });
    expect(kinds(sections)).toEqual(['p', 'hp', 'p']);
  });

  it('keeps a list whole unless it is twice the limit', () => {
    const limits = { maxBlocks: 3, maxCodePoints: 1000 };
    const shortList = blocksOf(['paragraph', 1], ['paragraph', 1], ['list-item', 1], ['list-item', 1], ['list-item', 1], ['paragraph', 1]);
    expect(kinds(splitIntoSections(shortList, limits))).toEqual(['pplll', 'p']);
    const list = blocksOf(['list-item', 1], ['list-item', 1], ['list-item', 1], ['list-item', 1], ['paragraph', 1]);
    expect(kinds(splitIntoSections(list, limits))).toEqual(['llll', 'p']);
    const longList = blocksOf(...Array.from({ length: 8 }, () => ['list-item', 1] as [TextBlock['kind'], number]));
    expect(kinds(splitIntoSections(longList, limits))).toEqual(['llllll', 'll']);
  });

  it('gives no sections for no blocks', () => {
    expect(splitIntoSections([])).toEqual([]);
  });
});

describe('sectionIndexAt', () => {
  const sections = splitIntoSections(blocksOf(['paragraph', 10], ['paragraph', 10], ['paragraph', 10]), {
    maxBlocks: 1,
    maxCodePoints: 1000,
  });

  it('finds the section of an offset, and the one before a gap between blocks', () => {
    expect([0, 9, 10, 11, 12, 23, 24, 33, 99].map((offset) => sectionIndexAt(sections, offset))).toEqual([0, 0, 0, 0, 1, 1, 2, 2, 2]);
  });
});
