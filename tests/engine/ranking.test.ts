import { describe, expect, it } from 'vitest';
import { sortPositions, topPositions } from '../../lib/engine/ranking';
import { seededRandom } from '../../lib/seeded-random';

/** Posteriors drawn from a few values, so that many causes tie and the name rank decides. */
function tiedPosteriors(count: number, seed: number): { posterior: Float64Array; nameRank: Int32Array } {
  const random = seededRandom(seed);
  const posterior = Float64Array.from({ length: count }, () => Math.floor(random() * 5) / 10);
  const nameRank = Int32Array.from({ length: count }, (_, p) => p);
  for (let p = count - 1; p > 0; p--) {
    const q = Math.floor(random() * (p + 1));
    [nameRank[p], nameRank[q]] = [nameRank[q]!, nameRank[p]!];
  }
  return { posterior, nameRank };
}

describe('topPositions', () => {
  it.each([
    [0, 50],
    [1, 50],
    [7, 50],
    [49, 50],
    [50, 50],
    [80, 50],
    [100, 2000],
  ])('takes the first %i of %i causes in the order of a full sort (posterior, then name rank)', (count, total) => {
    const { posterior, nameRank } = tiedPosteriors(total, count + total);
    const all = sortPositions(Int32Array.from({ length: total }, (_, p) => p), posterior, nameRank);
    expect([...topPositions(posterior, nameRank, count)]).toEqual([...all.slice(0, count)]);
  });

  it('sorts by posterior descending, ties by name rank', () => {
    const order = sortPositions(Int32Array.of(0, 1, 2, 3), Float64Array.of(0.1, 0.4, 0.1, 0.4), Int32Array.of(3, 2, 1, 0));
    expect([...order]).toEqual([3, 1, 2, 0]);
  });
});
