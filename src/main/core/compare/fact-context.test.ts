import { describe, expect, it } from 'vitest';
import { contextAround } from './fact-context';
import { sentenceAround, type SourceFact } from './source-fact';

function factAt(text: string, figure: string): SourceFact {
  const start = text.indexOf(figure);
  return {
    id: 'f',
    source: { id: 1, name: 'The Ledger' },
    subject: { kind: 'entity', id: 4, name: 'Halden Systems' },
    value: { kind: 'money', amount: 1, currency: 'USD' },
    span: { start, end: start + figure.length, text: figure },
    sentence: sentenceAround(text, start, start + figure.length),
  };
}

describe('contextAround', () => {
  it('takes the content words near the figure in its sentence, without the subject’s name or other figures', () => {
    const text = 'Prices rose. The contract, which Halden Systems signed in 2019, was worth $500,000 to the firm. Nothing else.';
    expect(contextAround(factAt(text, '$500,000')).map(({ term, word, distance, verb }) => [term, word, distance, verb])).toEqual([
      ['value', 'worth', 1, false],
      ['sign', 'signed', 2, true],
      ['contract', 'contract', 3, false],
      ['firm', 'firm', 1, false],
    ]);
  });
});

describe('sentenceAround', () => {
  it('finds the sentence holding a span, with its offset', () => {
    const text = 'First one. Second one holds $5 here. Third.';
    const start = text.indexOf('$5');
    expect(sentenceAround(text, start, start + 2)).toEqual({ start: 11, text: 'Second one holds $5 here.' });
  });
});
