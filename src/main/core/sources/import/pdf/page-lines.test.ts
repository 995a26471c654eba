import { describe, expect, it } from 'vitest';
import { groupIntoLines, type PositionedText } from './page-lines';

function item(str: string, x: number, y: number, options: { size?: number; width?: number; hasEOL?: boolean } = {}): PositionedText {
  const size = options.size ?? 10;
  return { str, transform: [size, 0, 0, size, x, y], width: options.width ?? str.length * size * 0.5, hasEOL: options.hasEOL ?? false };
}

describe('groupIntoLines', () => {
  it('puts items on one baseline into one line, adding spaces only across real gaps', () => {
    const lines = groupIntoLines([item('Hel', 72, 700), item('lo', 87, 700), item('world', 100, 700)]);
    expect(lines).toEqual([{ text: 'Hello world', x: 72, y: 700, size: 10 }]);
  });

  it('starts a new line at an end of line, a baseline move, or a jump back left', () => {
    const lines = groupIntoLines([
      item('one', 72, 700, { hasEOL: true }),
      item('two', 100, 700),
      item('three', 72, 686),
      item('column', 300, 686),
      item('four', 72, 686),
    ]);
    expect(lines.map((line) => line.text)).toEqual(['one', 'two', 'three column', 'four']);
  });

  it('keeps a superscript on its line and takes the largest size as the line size', () => {
    const lines = groupIntoLines([item('Claim', 72, 700), item('1', 97, 703, { size: 6 }), item('Big', 110, 700, { size: 12 })]);
    expect(lines).toHaveLength(1);
    expect(lines[0]!.size).toBe(12);
  });

  it('drops empty items and collapses whitespace', () => {
    const lines = groupIntoLines([item('', 72, 700, { hasEOL: true }), item('  spaced   out ', 72, 686)]);
    expect(lines).toEqual([{ text: 'spaced out', x: 72, y: 686, size: 10 }]);
  });
});
