import { describe, expect, it } from 'vitest';
import { StructuredTextBuilder } from './structured-text';
import { firstHeadingText } from './first-heading';

describe('firstHeadingText', () => {
  it('is the first heading, sliced by code points', () => {
    const builder = new StructuredTextBuilder();
    builder.add('paragraph', 'Intro with an emoji 🙂 first.');
    builder.add('heading', 'The 🙂 deal', 2);
    builder.add('heading', 'Later heading', 1);
    expect(firstHeadingText(builder.build())).toBe('The 🙂 deal');
  });

  it('is undefined without headings or for an implausibly long one', () => {
    const plain = new StructuredTextBuilder();
    plain.add('paragraph', 'Only prose.');
    expect(firstHeadingText(plain.build())).toBeUndefined();
    const long = new StructuredTextBuilder();
    long.add('heading', 'word '.repeat(100));
    expect(firstHeadingText(long.build())).toBeUndefined();
  });
});
