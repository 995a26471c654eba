import { describe, expect, it } from 'vitest';
import type { TextBlock } from '../../../../shared/domain/source';
import { indexCodePoints } from './code-points';
import { headingLevelFor, shownBlocks } from './shown-blocks';

const text = 'Border deal 🛂\n\nFirst paragraph.\n\nReaction\n\nLast.';
const blocks: TextBlock[] = [
  { kind: 'heading', level: 1, start: 0, end: 13 },
  { kind: 'paragraph', start: 15, end: 31 },
  { kind: 'heading', level: 3, start: 33, end: 41 },
  { kind: 'paragraph', start: 43, end: 48 },
];

describe('shownBlocks', () => {
  it('leaves out a first heading that repeats the title, whatever its spacing and case', () => {
    const shown = shownBlocks({ title: 'border  deal 🛂', blocks }, indexCodePoints(text));
    expect(shown.blocks).toEqual(blocks.slice(1));
    expect(shown.topHeadingLevel).toBe(3);
  });

  it('keeps a first heading that says something else', () => {
    const shown = shownBlocks({ title: 'Another title', blocks }, indexCodePoints(text));
    expect(shown.blocks).toEqual(blocks);
    expect(shown.topHeadingLevel).toBe(1);
  });
});

describe('headingLevelFor', () => {
  it('renders the top level shown as h2 and keeps the outline below it, up to h6', () => {
    expect([1, 2, 3].map((level) => headingLevelFor(level, 1))).toEqual([2, 3, 4]);
    expect([2, 3, 7].map((level) => headingLevelFor(level, 2))).toEqual([2, 3, 6]);
    expect(headingLevelFor(undefined, 1)).toBe(2);
  });
});
