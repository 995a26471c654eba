import { describe, expect, it } from 'vitest';
import { fold, stem, terms, tokenize } from './tokenize';

describe('tokenize', () => {
  it('folds case and accents, drops stop words, keeps figures as figures', () => {
    expect(terms('The Société Générale said it paid $1,500,000 in 2020, about 4.5% more.')).toEqual(['societe', 'generale', 'paid', '1500000', '2020', '4.5']);
  });

  it('gives UTF-16 offsets into the original text, accents and all', () => {
    const text = 'José’s café — contracts';
    expect(tokenize(text).map(({ term, start, end }) => [term, text.slice(start, end)])).toEqual([
      ['jose', 'José'],
      ['cafe', 'café'],
      ['contract', 'contracts'],
    ]);
  });

  it('treats plurals as their singular and apostrophes as word ends', () => {
    expect(terms("The companies' contracts weren't renewed")).toEqual(['company', 'contract', 'renewed']);
    expect(stem('analysis')).toBe('analysis');
    expect(stem('bus')).toBe('bus');
    expect([stem('crashes'), stem('taxes'), stem('houses')]).toEqual(['crash', 'tax', 'house']);
    expect(fold('ÉCOLE')).toBe('ecole');
  });
});
