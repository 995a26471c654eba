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

  it('counts spaced scripts the way Intl.Segmenter does', () => {
    const segmenter = new Intl.Segmenter('en', { granularity: 'word' });
    const samples = [
      'Ms. Okafor’s memo cites 95,000 travellers and US$2.8-million — “we agree,” she wrote.',
      'José Müller, l’agence et l’État: 3,5 millions d’euros (2020).',
      'Ведомство подписало 14 контрактов в 2019 году.',
      'وقّعت الوكالة ١٤ عقدًا',
    ];
    for (const sample of samples) {
      const expected = [...segmenter.segment(sample)].filter((segment) => segment.isWordLike).length;
      expect(countWords(sample), sample).toBe(expected);
    }
  });

  it('counts text without spaces between words with the segmenter, in pieces', () => {
    expect(countWords('日本語の文章です。')).toBeGreaterThan(1);
    expect(countWords('日本語の文章です。 '.repeat(2000))).toBe(countWords('日本語の文章です。') * 2000);
  });
});

describe('codePointLength', () => {
  it('counts an emoji once', () => {
    expect(codePointLength('a🛂b')).toBe(3);
  });
});
