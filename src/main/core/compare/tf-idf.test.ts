import { describe, expect, it } from 'vitest';
import { buildTermWeights, cosine, inverseDocumentFrequency, vectorize, Vocabulary } from './tf-idf';
import { terms } from './tokenize';

const quotes = [
  'We cancelled the defence contract because the costs kept rising.',
  'The contract with the ministry was cancelled over rising costs.',
  'Our drivers deserve a fair wage and safer trucks.',
  'We keep the contract because it pays for itself.',
].map(terms);
const weights = buildTermWeights(quotes);
const vocabulary = new Vocabulary();

describe('tf-idf', () => {
  it('weighs rare terms above common ones', () => {
    expect(inverseDocumentFrequency(weights, 'driver')).toBeGreaterThan(inverseDocumentFrequency(weights, 'contract'));
    expect(inverseDocumentFrequency(weights, 'unseen')).toBeGreaterThan(inverseDocumentFrequency(weights, 'driver'));
  });

  it('scores statements on one topic above statements on another', () => {
    const [cancelled, cancelledToo, drivers, keep] = quotes.map((quote) => vectorize(quote, weights, vocabulary));
    expect(cosine(cancelled!, cancelledToo!)).toBeGreaterThan(0.4);
    expect(cosine(cancelled!, cancelledToo!)).toBeGreaterThan(cosine(cancelled!, keep!));
    expect(cosine(cancelled!, drivers!)).toBe(0);
  });

  it('gives unit vectors: a statement is fully similar to itself', () => {
    const vector = vectorize(quotes[0]!, weights, vocabulary);
    expect(cosine(vector, vector)).toBeCloseTo(1, 10);
    expect(cosine(vectorize([], weights, vocabulary), vector)).toBe(0);
  });
});
