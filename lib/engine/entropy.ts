// Shannon entropy in bits, shared by next-finding ranking and workup separation.

/** Entropy in bits of a yes/no event with probability p (0 at p = 0 or 1, 1 bit at p = 0.5). */
export function binaryEntropy(p: number): number {
  if (p <= 0 || p >= 1) return 0;
  return -(p * Math.log2(p) + (1 - p) * Math.log2(1 - p));
}

/** Entropy in bits of a distribution; weights need not be normalised (zeros are skipped). */
export function entropy(weights: ArrayLike<number>): number {
  let total = 0;
  for (let i = 0; i < weights.length; i++) total += weights[i]!;
  if (total <= 0) return 0;
  let h = 0;
  for (let i = 0; i < weights.length; i++) {
    const p = weights[i]! / total;
    if (p > 0) h -= p * Math.log2(p);
  }
  return h;
}
