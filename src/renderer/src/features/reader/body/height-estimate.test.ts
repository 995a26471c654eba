import { describe, expect, it } from 'vitest';
import { estimateBlockHeight, estimateSectionHeight, type TypeMetrics } from './height-estimate';

const metrics: TypeMetrics = {
  paragraph: { lineHeight: 30, charsPerLine: 70, margin: 18 },
  heading: { lineHeight: 36, charsPerLine: 50, margin: 40 },
  blockquote: { lineHeight: 30, charsPerLine: 60, margin: 18 },
  'list-item': { lineHeight: 30, charsPerLine: 65, margin: 6 },
};

describe('height estimate', () => {
  it('counts wrapped lines by the kind’s measure, and at least one line', () => {
    expect(estimateBlockHeight({ kind: 'paragraph', start: 0, end: 70 }, metrics)).toBe(48);
    expect(estimateBlockHeight({ kind: 'paragraph', start: 0, end: 71 }, metrics)).toBe(78);
    expect(estimateBlockHeight({ kind: 'blockquote', start: 10, end: 71 }, metrics)).toBe(78);
    expect(estimateBlockHeight({ kind: 'heading', start: 5, end: 5 }, metrics)).toBe(76);
  });

  it('adds up a section', () => {
    const blocks = [
      { kind: 'heading' as const, start: 0, end: 20 },
      { kind: 'paragraph' as const, start: 22, end: 222 },
      { kind: 'list-item' as const, start: 224, end: 230 },
    ];
    expect(estimateSectionHeight({ index: 0, start: 0, end: 230, blocks }, metrics)).toBe(76 + 108 + 36);
  });
});
