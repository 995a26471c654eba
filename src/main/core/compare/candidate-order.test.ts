import { describe, expect, it } from 'vitest';
import { orderCandidates } from './candidate-order';
import { Candidates, type Placed } from './candidates';

const EMPTY = { ids: new Int32Array(0), weights: new Float64Array(0) };

describe('orderCandidates', () => {
  // Ten statements whose ranks are a shuffle of their positions.
  const ranks = [3, 7, 0, 9, 1, 5, 2, 8, 4, 6];
  const placed: Placed[] = ranks.map((rank, index) => ({ column: index % 2, rank, vector: EMPTY, tags: [] }));

  it('puts more shared tags first, then higher similarity, then the earlier pair', () => {
    const candidates = new Candidates();
    candidates.push(0, 1, 0, 0.9); // 0
    candidates.push(2, 3, 1, 0.1); // 1: a shared tag beats any similarity
    candidates.push(4, 5, 0, 0.5); // 2: ranks 1 and 5
    candidates.push(6, 7, 0, 0.5); // 3: ranks 2 and 8
    candidates.push(4, 9, 0, 0.5); // 4: ranks 1 and 6
    candidates.push(8, 3, 2, 0); // 5
    expect([...orderCandidates(candidates, placed)]).toEqual([5, 1, 0, 2, 4, 3]);
  });

  it('orders the same way when there are too many pairs to pack', () => {
    let state = 7;
    const next = (below: number) => (state = (state * 48271) % 2147483647) % below;
    const candidates = new Candidates();
    for (let index = 0; index < 2000; index++) candidates.push(next(10), next(10), next(3) === 0 ? next(3) : 0, next(20) / 20);
    expect([...orderCandidates(candidates, placed, 10)]).toEqual([...orderCandidates(candidates, placed)]);
  });
});
