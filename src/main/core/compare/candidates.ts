import type { TermVector } from './tf-idf';

/** A statement placed for the alignment: its column, its rank by (date, id), its vector and tags. */
export interface Placed {
  column: number;
  /** Position of the statement among all of them sorted by date (undated last), then id. */
  rank: number;
  vector: TermVector;
  tags: readonly string[];
}

/**
 * Pairs of statements in different columns that may share a row, found by shared tags or by
 * similarity, in parallel typed arrays: there can be hundreds of thousands, and objects for
 * each cost more than the scoring.
 */
export class Candidates {
  a = new Int32Array(1024);
  b = new Int32Array(1024);
  sharedTags = new Int32Array(1024);
  similarity = new Float64Array(1024);
  length = 0;

  push(a: number, b: number, sharedTags: number, similarity: number): void {
    if (this.length === this.a.length) this.grow();
    this.a[this.length] = a;
    this.b[this.length] = b;
    this.sharedTags[this.length] = sharedTags;
    this.similarity[this.length] = similarity;
    this.length++;
  }

  private grow(): void {
    const grown = <T extends Int32Array | Float64Array>(array: T): T => {
      const next = new (array.constructor as new (length: number) => T)(array.length * 2);
      next.set(array);
      return next;
    };
    this.a = grown(this.a);
    this.b = grown(this.b);
    this.sharedTags = grown(this.sharedTags);
    this.similarity = grown(this.similarity);
  }
}
