import { describe, expect, it } from 'vitest';
import { codePointLength, countWords } from './text-measures';

describe('countWords', () => {
  it('counts words as Unicode sees them', () => {
    expect(countWords('Ms. Okafor’s memo cites 95,000 travellers 🛂.')).toBe(6);
  });

  it('counts a long text piece by piece without splitting a word or losing one', () => {
    const sentence = 'The agency signed fourteen contracts, worth US$2.8-million, in 2019. ';
    const perSentence = countWords(sentence);
    const text = sentence.repeat(3000);
    expect(text.length).toBeGreaterThan(200_000);
    expect(countWords(text)).toBe(perSentence * 3000);
  });

  it('cuts a run with no whitespace where it must', () => {
    expect(countWords('ab'.repeat(10_000))).toBeGreaterThanOrEqual(1);
  });
});

describe('codePointLength', () => {
  it('counts an emoji once', () => {
    expect(codePointLength('a🛂b')).toBe(3);
  });
});
