/**
 * TF-IDF over the quotes of an investigation. The document frequencies come from the whole
 * investigation (not just the columns on screen), so a word every quote of the case uses
 * ("contract" in a contract story) weighs little even when the columns hold few quotes.
 */
export interface TermWeights {
  /** How many documents the frequencies were counted over. */
  documents: number;
  /** In how many documents each term appears. */
  documentFrequency: ReadonlyMap<string, number>;
}

/**
 * A statement's terms as numbers (see Vocabulary), weighted and scaled to unit length; `ids`
 * ascending, so two vectors merge in one pass and an index can use typed arrays.
 */
export interface TermVector {
  ids: Int32Array;
  weights: Float64Array;
}

/** Numbers for terms, given in the order they are first seen: comparing numbers beats comparing strings in the hot loops. */
export class Vocabulary {
  private readonly ids = new Map<string, number>();

  idOf(term: string): number {
    let id = this.ids.get(term);
    if (id === undefined) this.ids.set(term, (id = this.ids.size));
    return id;
  }

  get size(): number {
    return this.ids.size;
  }
}

export function buildTermWeights(documents: readonly (readonly string[])[]): TermWeights {
  const documentFrequency = new Map<string, number>();
  for (const terms of documents) {
    for (const term of new Set(terms)) documentFrequency.set(term, (documentFrequency.get(term) ?? 0) + 1);
  }
  return { documents: documents.length, documentFrequency };
}

/** Smoothed, as scikit-learn does: a term seen nowhere else still counts, and none weighs zero. */
export function inverseDocumentFrequency(weights: TermWeights, term: string): number {
  return Math.log((1 + weights.documents) / (1 + (weights.documentFrequency.get(term) ?? 0))) + 1;
}

/** Sublinear term frequency (1 + ln tf): a word repeated five times in one quote is not five times the topic. */
export function vectorize(terms: readonly string[], weights: TermWeights, vocabulary: Vocabulary): TermVector {
  const counts = new Map<string, number>();
  for (const term of terms) counts.set(term, (counts.get(term) ?? 0) + 1);
  const entries = [...counts].map(([term, count]) => ({ id: vocabulary.idOf(term), weight: (1 + Math.log(count)) * inverseDocumentFrequency(weights, term) })).sort((a, b) => a.id - b.id);
  const ids = Int32Array.from(entries, (entry) => entry.id);
  const values = Float64Array.from(entries, (entry) => entry.weight);
  let norm = 0;
  for (const value of values) norm += value * value;
  norm = Math.sqrt(norm);
  if (norm > 0) for (let index = 0; index < values.length; index++) values[index]! /= norm;
  return { ids, weights: values };
}

/** Cosine similarity of two unit vectors: their dot product, 0 (nothing shared) to 1 (same words, same weights). */
export function cosine(a: TermVector, b: TermVector): number {
  let sum = 0;
  let i = 0;
  let j = 0;
  while (i < a.ids.length && j < b.ids.length) {
    const left = a.ids[i]!;
    const right = b.ids[j]!;
    if (left === right) sum += a.weights[i++]! * b.weights[j++]!;
    else if (left < right) i++;
    else j++;
  }
  return sum;
}
